import { type RefObject, type SyntheticEvent, useEffect, useRef } from 'react'
import './modalDialog.css'

interface ModalDialogOptions {
  /** Escape: the dialog stays open until the caller unmounts it, so React decides. */
  onCancel: () => void
  /** What takes the focus on opening; the browser's choice (the first focusable) when absent. */
  initialFocusRef?: RefObject<HTMLElement | null>
}

/**
 * A `<dialog>` shown modal for as long as the component is mounted. On unmount it closes and the
 * focus goes back to where it was: React has already taken the dialog out, so the browser cannot.
 * Spread the result on a `<dialog className="modal-dialog …">`.
 */
export function useModalDialog({ onCancel, initialFocusRef }: ModalDialogOptions) {
  const ref = useRef<HTMLDialogElement>(null)
  const onCancelRef = useRef(onCancel)
  onCancelRef.current = onCancel

  // biome-ignore lint/correctness/useExhaustiveDependencies: opens once; the focus target is read then.
  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement
    if (dialog && !dialog.open) dialog.showModal()
    initialFocusRef?.current?.focus()
    return () => {
      dialog?.close()
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
    }
  }, [])

  const handleCancel = (event: SyntheticEvent<HTMLDialogElement>) => {
    event.preventDefault()
    onCancelRef.current()
  }
  return { ref, onCancel: handleCancel }
}
