import assert from 'node:assert/strict'
import { test } from 'node:test'
import { guessLanguage } from './detect-language.ts'
import { cleanText } from './testing.ts'

test('guessLanguage by function words and by script', () => {
  const table: readonly (readonly [string, string])[] = [
    [
      'The minister said on Tuesday that the talks with the United States would resume next month in Oman.',
      'en',
    ],
    [
      'Il ministro ha detto martedì che i colloqui con gli Stati Uniti riprenderanno il mese prossimo in Oman, e che non ci sono condizioni.',
      'it',
    ],
    [
      'O ministro disse na terça-feira que as negociações com os Estados Unidos serão retomadas no próximo mês em Omã, e que não há condições.',
      'pt',
    ],
    [
      'De minister zei dinsdag dat de gesprekken met de Verenigde Staten volgende maand in Oman worden hervat, maar er zijn nog geen voorwaarden.',
      'nl',
    ],
    ['Министр заявил во вторник, что переговоры с США возобновятся в следующем месяце в Омане.', 'ru'],
    ['外交部长周二表示，与美国的谈判将于下个月在阿曼恢复。', 'zh'],
    // Too short to judge: Latin script is taken for English.
    ['Le ministre a parlé.', 'en'],
    // Enough words, Latin script, but none of the known languages.
    [
      'Bakan salı günü yaptığı açıklamada ABD ile görüşmelerin gelecek ay Umman da yeniden başlayacağını söyledi ve şartların henüz belli olmadığını ekledi.',
      'und',
    ],
    ['', 'und'],
  ]
  for (const [text, expected] of table) assert.equal(guessLanguage(text), expected, text)
})

test('regions are left out: an English article with a French caption and embed stays English', () => {
  const french = 'Le président français et le ministre iranien pendant une réunion à Paris le 3 mars 2024'
  const doc = cleanText(`${french}\n${french}\n\nThe two men met for an hour, officials said.`)
  assert.equal(doc.meta.language, 'en')
  assert.deepEqual(doc.diagnostics, [])
})
