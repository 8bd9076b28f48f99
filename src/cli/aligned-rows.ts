// Label-and-value rows printed in one column: the column is computed from the labels in use, in
// the language in use, with at least two spaces after the longest one, so a longer translated
// label ("Posteingangsserver:", "Serveur de courrier entrant :") never runs into its value.
import { t } from '../i18n/i18n.js'

/** A label and its value, indented; printed with every other row's value in one column. */
export interface Row {
  indent: string
  label: string
  value: string | number
}

/** A line of output: free text as it is, or a row to align. */
export type Line = string | Row

/** The least space between the longest label and its value. */
const GAP = 2

/** Characters as a terminal counts them for the scripts we print (no wide CJK yet). */
export function width(text: string): number {
  return [...text].length
}

export function row(indent: string, label: string, value: string | number): Row {
  return { indent, label, value }
}

/** One "label: value" line on its own, the colon as the language writes it ("Fournisseur : GMX"). */
export function labelled(label: string, value: string | number): string {
  return `${t('ui-common:labelColon', { label })} ${value}`
}

/** Every row's value in one column, after the longest "indent + label:" and two spaces. */
export function alignRows(lines: readonly Line[]): string[] {
  const head = (r: Row) => `${r.indent}${t('ui-common:labelColon', { label: r.label })}`
  const rows = lines.filter((l): l is Row => typeof l !== 'string')
  const column = Math.max(0, ...rows.map((r) => width(head(r)))) + GAP
  return lines.map((l) => (typeof l === 'string' ? l : `${head(l)}${' '.repeat(column - width(head(l)))}${l.value}`))
}
