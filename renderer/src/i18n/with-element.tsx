// A whole message with an element (a masked username, a link) where one of its placeholders
// stands: the sentence stays one message in the catalogue, so each language orders its words
// around the element (docs/i18n.md, "never glued from pieces"). The placeholder gets SLOT, a
// private-use character no message contains, and the formatted text is split there.
import { Fragment, type ReactNode } from 'react'

export const SLOT = '\uE000'

export function withElement(message: string, element: ReactNode): ReactNode {
  const parts = message.split(SLOT)
  return parts.map((part, i) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 ? element : null}
    </Fragment>
  ))
}
