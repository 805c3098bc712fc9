import assert from 'node:assert/strict'
import { test } from 'node:test'
import * as core from './index.ts'

// The public API of core, as retext pins its exports: adding or removing one must be a visible change.
test('core exports exactly these runtime names', () => {
  assert.deepEqual(Object.keys(core).sort(), [
    'NON_PROSE',
    'actorId',
    'assertSpans',
    'collectSpans',
    'compareSpans',
    'contains',
    'cover',
    'diagnostic',
    'diagnosticCatalogue',
    'documentId',
    'editDistance',
    'hasErrors',
    'hash32',
    'hash64',
    'lineAndColumn',
    'mentionId',
    'nameMatches',
    'nameParts',
    'overlapLength',
    'overlaps',
    'partBlock',
    'quoteId',
    'regionAt',
    'romanised',
    'samePart',
    'sliceSpan',
    'slugify',
    'span',
    'spanLength',
    'spanProblem',
    'topicId',
    'trimSpan',
  ])
})

test('every runtime export is a function, except the catalogue and NON_PROSE', () => {
  const notFunctions = Object.entries(core)
    .filter(([, v]) => typeof v !== 'function')
    .map(([k]) => k)
    .sort()
  assert.deepEqual(notFunctions, ['NON_PROSE', 'diagnosticCatalogue'])
})

// Types vanish at run time; this block fails to type-check if one of them stops being exported.
type _PublicTypes = [
  core.Span,
  core.HasText,
  core.Document,
  core.RawArticle,
  core.Source,
  core.Region,
  core.RegionKind,
  core.Embed,
  core.Metadata,
  core.Segmented,
  core.Sentence,
  core.Token,
  core.PosTag,
  core.Dated,
  core.DateMention,
  core.WithMentions,
  core.Mention,
  core.MentionKind,
  core.WithActors,
  core.Actor,
  core.Role,
  core.WithQuotes,
  core.Quote,
  core.QuoteKind,
  core.Speaker,
  core.Analyzed,
  core.Stance,
  core.StanceLabel,
  core.Diagnostic,
  core.DiagnosticCode,
  core.Severity,
  core.StageName,
  core.StageContext,
  core.Tagger,
  core.TaggedToken,
  core.DocumentId,
  core.MentionId,
  core.ActorId,
  core.QuoteId,
  core.TopicId,
  core.InputFormat,
  core.StructureHint,
]
