import type { Actor, ActorId, Mention, Span } from '../../core/index.ts'
import { actorId, nameMatches, nameParts, sliceSpan } from '../../core/index.ts'
import { genderOfName } from '../actors/index.ts'
import { mainSubject } from './subjects.ts'
import type { DocView } from './view.ts'

/** A speaker as quotes carry it: the words that name them here and the actor they are. */
export interface ResolvedSpeaker {
  readonly span: Span
  readonly mention?: Mention
  readonly actor?: ActorId
  readonly name: string
}

/** The person or institution the story is about at a point: the last speaker or sentence subject. */
export interface Focus {
  readonly speaker: ResolvedSpeaker
  readonly paragraph: number
  readonly org: boolean
}

const MAX_PARAGRAPHS_BACK = 3

const genderOfPronoun = (pronoun: string): Actor['gender'] =>
  pronoun === 'she' ? 'female' : pronoun === 'he' ? 'male' : undefined

/**
 * Resolves speakers to actors. Holds the actors the article already has, and creates one for a
 * speaker named only by a bare name ("Obama said") so that every named speaker is an actor.
 */
export class SpeakerResolver {
  private readonly byId: Map<string, Actor>
  /** Genders the text shows by the pronouns that refer to an actor ("She flew to Geneva"). */
  private readonly learned = new Map<ActorId, NonNullable<Actor['gender']>>()
  readonly created: Actor[] = []

  constructor(private readonly v: DocView) {
    this.byId = new Map(v.doc.actors.map((a) => [a.id, a]))
  }

  /** The speaker a mention names; pronouns take the subject of their sentence or the focus. */
  resolve(m: Mention, sentence: number, focus: readonly Focus[]): ResolvedSpeaker | undefined {
    if (m.form === 'pronoun') return this.resolvePronoun(m, sentence, focus)
    if (m.actor)
      return {
        span: m.span,
        mention: m,
        actor: m.actor,
        name: this.byId.get(m.actor)?.name ?? sliceSpan(this.v.doc, m.span),
      }
    const name = sliceSpan(this.v.doc, m.span)
    if (m.form === 'name') return { span: m.span, mention: m, actor: this.createActor(name, m), name }
    return { span: m.span, mention: m, name }
  }

  /**
   * The speaker named by words no mention covers ("officials", "Park" tagged as a noun): a bare
   * surname of exactly one person the article names is that person; other words stand as they are.
   */
  resolvePhrase(span: Span): ResolvedSpeaker {
    const name = sliceSpan(this.v.doc, span)
    const words = name.split(/\s+/)
    const bare = words.length <= 2 && words.every((w) => /^\p{Lu}[\p{L}'’-]*$/u.test(w))
    const parts = nameParts(name)
    const known = bare
      ? [...this.byId.values()].filter((a) => a.kind === 'person' && nameMatches(nameParts(a.name), parts))
      : []
    return known.length === 1 ? { span, actor: known[0]!.id, name: known[0]!.name } : { span, name }
  }

  /**
   * A mention of someone the article shows to be a person (a gender, a role): fit to be referred
   * back to from outside a subject, where a capitalised phrase is as often a thing or a place.
   */
  readonly personal = (m: Mention): boolean => {
    const a = m.actor ? this.byId.get(m.actor) : undefined
    return a?.kind === 'person' && (a.gender !== undefined || a.roles.length > 0)
  }

  /** Can this speaker be what the pronoun refers to? "they" wants a group; he and she a person of that gender. */
  private fits(pronoun: string, speaker: ResolvedSpeaker, org: boolean): boolean {
    if (pronoun === 'they') return org || (!speaker.actor && /s$/i.test(speaker.name))
    if (org) return false
    const gender = this.genderOf(speaker)
    return gender === undefined || gender === (pronoun === 'she' ? 'female' : 'male')
  }

  private genderOf(speaker: ResolvedSpeaker): Actor['gender'] {
    if (!speaker.actor) return undefined
    return this.byId.get(speaker.actor)?.gender ?? this.learned.get(speaker.actor)
  }

  /** The speaker a pronoun refers to, remembering the gender it shows. */
  private referTo(pronoun: string, s: ResolvedSpeaker, m: Mention): ResolvedSpeaker {
    const gender = genderOfPronoun(pronoun)
    if (s.actor && gender && this.genderOf(s) === undefined) this.learned.set(s.actor, gender)
    return { ...s, span: m.span, mention: m }
  }

  private resolvePronoun(m: Mention, sentence: number, focus: readonly Focus[]): ResolvedSpeaker | undefined {
    const pronoun = sliceSpan(this.v.doc, m.span).toLowerCase()
    const subject = mainSubject(this.v, sentence, m.span.start, this.personal)
    // an antecedent the actors stage knows, or a role phrase; not a bare capitalised word
    const known = subject && (subject.actor !== undefined || subject.form === 'title')
    if (subject && known && subject.form !== 'pronoun' && subject.span.start < m.span.start) {
      const s = this.resolve(subject, sentence, focus)
      if (s && this.fits(pronoun, s, subject.kind === 'org')) return this.referTo(pronoun, s, m)
    }
    const paragraph = this.v.doc.sentences[sentence]!.paragraph
    for (let i = focus.length - 1; i >= 0; i--) {
      const f = focus[i]!
      if (paragraph - f.paragraph > MAX_PARAGRAPHS_BACK) break
      if (this.fits(pronoun, f.speaker, f.org)) return this.referTo(pronoun, f.speaker, m)
    }
    // unresolved: the pronoun itself is all the article gives
    return { span: m.span, mention: m, name: sliceSpan(this.v.doc, m.span) }
  }

  private createActor(name: string, m: Mention): ActorId {
    // a bare name the actors stage left alone ("Smith" in a headline) may still be someone it knows
    const parts = nameParts(name)
    const known = [...this.byId.values()].filter(
      (a) => a.kind === 'person' && nameMatches(nameParts(a.name), parts),
    )
    if (known.length === 1) return known[0]!.id
    const existing = this.created.find((a) => a.name === name)
    if (existing) return existing.id
    let id = actorId(name)
    for (let n = 2; this.byId.has(id); n++) id = `${actorId(name)}-${n}` as ActorId
    const gender = genderOfName(name)
    const actor: Actor = {
      id,
      name,
      kind: 'person',
      mentions: [m.id],
      roles: [],
      aliases: [],
      ...(gender ? { gender } : {}),
    }
    this.byId.set(id, actor)
    this.created.push(actor)
    return id
  }
}
