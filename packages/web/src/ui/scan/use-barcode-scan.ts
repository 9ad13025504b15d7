import { useEffect, useRef, useState, type RefObject } from 'react';
import { openCamera, stopCamera, type CameraProblem } from '../../scan/camera';
import { createFrameReader } from '../../scan/frame-reader';

/** Where a scan is: opening the camera, looking at frames, or stopped by a problem (shown in words). */
export type ScanPhase =
  | { readonly kind: 'starting' }
  | { readonly kind: 'looking' }
  | { readonly kind: 'failed'; readonly problem: CameraProblem | { readonly code: 'INKLESS_WEB_SCANNER_UNAVAILABLE'; readonly message: string } };

/** Pause between two frames that held no barcode: a phone keeps up, and the battery lasts. */
const FRAME_PAUSE_MS = 80;

/**
 * While mounted: opens the camera into `videoRef`, reads its frames until one holds a barcode
 * and hands its text to `onText` once. Unmounting (cancel, close, a found code) stops every
 * camera track.
 */
export function useBarcodeScan(videoRef: RefObject<HTMLVideoElement | null>, onText: (text: string) => void): ScanPhase {
  const [phase, setPhase] = useState<ScanPhase>({ kind: 'starting' });
  const onTextRef = useRef(onText);
  onTextRef.current = onText;

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      const camera = await openCamera();
      if (stopped) {
        if (camera.ok) stopCamera(camera.stream);
        return;
      }
      if (!camera.ok) return setPhase({ kind: 'failed', problem: camera.problem });
      stream = camera.stream;
      const video = videoRef.current!;
      video.srcObject = stream;
      await video.play().catch(() => undefined);
      let reader;
      try {
        reader = await createFrameReader();
      } catch (error) {
        if (!stopped) setPhase({ kind: 'failed', problem: { code: 'INKLESS_WEB_SCANNER_UNAVAILABLE', message: error instanceof Error ? error.message : String(error) } });
        return;
      }
      if (stopped) return;
      setPhase({ kind: 'looking' });
      const next = async () => {
        if (stopped) return;
        const text = await reader.read(video).catch(() => undefined);
        if (stopped) return;
        if (text !== undefined && text !== '') return onTextRef.current(text);
        timer = setTimeout(() => void next(), FRAME_PAUSE_MS);
      };
      await next();
    };
    void run();
    return () => {
      stopped = true;
      clearTimeout(timer);
      if (stream) stopCamera(stream);
      const video = videoRef.current;
      if (video) video.srcObject = null;
    };
  }, [videoRef]);
  return phase;
}
