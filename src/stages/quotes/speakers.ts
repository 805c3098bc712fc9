import type { Actor, ActorId, Mention, Span } from '../../core/index.ts'
import { actorId, sliceSpan } from '../../core/index.ts'
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

/**
 * Resolves speakers to actors. Holds the actors the article already has, and creates one for a
 * speaker named only by a bare name ("Obama said") so that every named speaker is an actor.
 */
export class SpeakerResolver {
  private readonly byId: Map<string, Actor>
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

  private resolvePronoun(m: Mention, sentence: number, focus: readonly Focus[]): ResolvedSpeaker | undefined {
    const plural = /^they$/i.test(sliceSpan(this.v.doc, m.span))
    const subject = mainSubject(this.v, sentence, m.span.start)
    if (
      subject &&
      subject.form !== 'pronoun' &&
      subject.span.start < m.span.start &&
      (subject.kind === 'org') === plural
    ) {
      const s = this.resolve(subject, sentence, focus)
      if (s) return { ...s, span: m.span, mention: m }
    }
    const paragraph = this.v.doc.sentences[sentence]!.paragraph
    for (let i = focus.length - 1; i >= 0; i--) {
      const f = focus[i]!
      if (paragraph - f.paragraph > MAX_PARAGRAPHS_BACK) break
      if (f.org === plural || (plural && f.org)) return { ...f.speaker, span: m.span, mention: m }
    }
    // unresolved: the pronoun itself is all the article gives
    return { span: m.span, mention: m, name: sliceSpan(this.v.doc, m.span) }
  }

  private createActor(name: string, m: Mention): ActorId {
    const existing = this.created.find((a) => a.name === name)
    if (existing) return existing.id
    let id = actorId(name)
    for (let n = 2; this.byId.has(id); n++) id = `${actorId(name)}-${n}` as ActorId
    const actor: Actor = { id, name, kind: 'person', mentions: [m.id], roles: [], aliases: [] }
    this.byId.set(id, actor)
    this.created.push(actor)
    return id
  }
}
