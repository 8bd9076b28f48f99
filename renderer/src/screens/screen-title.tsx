// Each screen's heading. When the user moves to another screen, focus goes to its heading,
// so keyboard and screen-reader users start reading at the top of the new screen.
import { useEffect, useRef, type ReactNode } from 'react'

let firstScreenShown = false

export function ScreenTitle({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    // The first screen keeps the browser's natural focus order (skip link first).
    if (firstScreenShown) ref.current?.focus()
    firstScreenShown = true
  }, [])
  return (
    <h1 ref={ref} tabIndex={-1} className="screen-title">
      {children}
    </h1>
  )
}
