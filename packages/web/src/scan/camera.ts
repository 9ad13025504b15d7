/** Why the camera did not open, in the words the scan dialog shows (scan.* messages). */
export type CameraProblem =
  | { readonly code: 'INKLESS_WEB_CAMERA_DENIED' }
  | { readonly code: 'INKLESS_WEB_CAMERA_MISSING' }
  | { readonly code: 'INKLESS_WEB_CAMERA_BUSY' }
  | { readonly code: 'INKLESS_WEB_CAMERA_UNSUPPORTED' };

export type CameraResult = { readonly ok: true; readonly stream: MediaStream } | { readonly ok: false; readonly problem: CameraProblem };

/** The rear camera where there is one (a phone's back camera faces the label), any camera otherwise. */
const CONSTRAINTS: MediaStreamConstraints = {
  audio: false,
  video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } },
};

/** getUserMedia's error names (DOMException.name) and what they mean for the person scanning. */
function toProblem(error: unknown): CameraProblem {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return { code: 'INKLESS_WEB_CAMERA_DENIED' };
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return { code: 'INKLESS_WEB_CAMERA_MISSING' };
  if (name === 'NotReadableError' || name === 'AbortError') return { code: 'INKLESS_WEB_CAMERA_BUSY' };
  return { code: 'INKLESS_WEB_CAMERA_UNSUPPORTED' };
}

/** Opens the camera for scanning; a refusal, a missing camera or an old browser is a value, not a throw. */
export async function openCamera(): Promise<CameraResult> {
  if (!globalThis.navigator?.mediaDevices?.getUserMedia) return { ok: false, problem: { code: 'INKLESS_WEB_CAMERA_UNSUPPORTED' } };
  try {
    return { ok: true, stream: await navigator.mediaDevices.getUserMedia(CONSTRAINTS) };
  } catch (error) {
    return { ok: false, problem: toProblem(error) };
  }
}

/** Turns the camera off: every track stopped (the browser's camera indicator goes out). */
export function stopCamera(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}
