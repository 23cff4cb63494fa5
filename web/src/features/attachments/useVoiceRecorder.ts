import { useCallback, useEffect, useRef, useState } from 'react';
import { i18n } from '../../lib/i18n.ts';

const t = i18n.getFixedT(null, 'attachments');

/** A voice message is at most this long; recording stops (and sends) by itself then. */
export const MAX_VOICE_MS = 5 * 60 * 1000;

// Opus in WebM where the browser records it (Chromium, Firefox), else what it can.
const PREFERRED = ['audio/webm;codecs=opus', 'audio/ogg;codecs=opus', 'audio/mp4', 'audio/webm'];

export interface Recording {
  blob: Blob;
  name: string;
  duration_ms: number;
}

export type RecorderState =
  | { status: 'idle' }
  | { status: 'starting' }
  | { status: 'recording'; elapsed: number }
  /** `message`: what went wrong, in the app's language. */
  | { status: 'error'; message: string };

/** Recording is possible in this browser (a secure page with a microphone API). */
export function canRecord(): boolean {
  return (
    typeof MediaRecorder !== 'undefined' &&
    typeof navigator !== 'undefined' &&
    Boolean(navigator.mediaDevices && 'getUserMedia' in navigator.mediaDevices)
  );
}

function pickType(): string | undefined {
  return PREFERRED.find((t) => MediaRecorder.isTypeSupported?.(t));
}

function extension(type: string): string {
  if (type.includes('ogg')) return 'ogg';
  if (type.includes('mp4')) return 'm4a';
  return 'webm';
}

function fileName(type: string): string {
  const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  return `voice-message-${stamp}.${extension(type)}`;
}

/**
 * Records a voice message with MediaRecorder: `start` asks for the microphone, `stop` ends it
 * and hands the recording to `onRecorded`, `cancel` throws it away. The microphone is released
 * as soon as recording ends, and on unmount.
 */
export function useVoiceRecorder(onRecorded: (recording: Recording) => void) {
  const [state, setState] = useState<RecorderState>({ status: 'idle' });
  const recorder = useRef<MediaRecorder | null>(null);
  const discard = useRef(false);
  const timer = useRef<ReturnType<typeof setInterval> | undefined>(undefined);
  const deliver = useRef(onRecorded);
  useEffect(() => {
    deliver.current = onRecorded;
  }, [onRecorded]);

  const finish = useCallback((keep: boolean) => {
    const r = recorder.current;
    if (!r || r.state === 'inactive') return;
    discard.current = !keep;
    r.stop();
  }, []);

  useEffect(
    () => () => {
      clearInterval(timer.current);
      discard.current = true;
      const r = recorder.current;
      if (r && r.state !== 'inactive') r.stop();
      r?.stream.getTracks().forEach((t) => t.stop());
    },
    [],
  );

  const start = useCallback(async () => {
    if (!canRecord()) {
      setState({ status: 'error', message: t('recorder.unsupported') });
      return;
    }
    setState({ status: 'starting' });
    let stream: MediaStream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (err) {
      const denied = err instanceof DOMException && err.name === 'NotAllowedError';
      setState({
        status: 'error',
        message: denied ? t('recorder.denied') : t('recorder.noMicrophone'),
      });
      return;
    }
    const type = pickType();
    const r = new MediaRecorder(stream, type ? { mimeType: type } : undefined);
    const chunks: Blob[] = [];
    const startedAt = performance.now();
    discard.current = false;
    r.ondataavailable = (e) => {
      if (e.data.size > 0) chunks.push(e.data);
    };
    r.onstop = () => {
      clearInterval(timer.current);
      stream.getTracks().forEach((t) => t.stop());
      recorder.current = null;
      setState({ status: 'idle' });
      if (discard.current || chunks.length === 0) return;
      const mime = r.mimeType || type || 'audio/webm';
      deliver.current({
        blob: new Blob(chunks, { type: mime }),
        name: fileName(mime),
        duration_ms: Math.round(performance.now() - startedAt),
      });
    };
    recorder.current = r;
    // One piece at the end, not timesliced: Chromium's timesliced WebM is a live stream without
    // the cues a file reader (the server's audio check) expects.
    r.start();
    setState({ status: 'recording', elapsed: 0 });
    timer.current = setInterval(() => {
      const elapsed = performance.now() - startedAt;
      setState({ status: 'recording', elapsed });
      if (elapsed >= MAX_VOICE_MS) finish(true);
    }, 200);
  }, [finish]);

  return {
    state,
    start,
    stop: useCallback(() => finish(true), [finish]),
    cancel: useCallback(() => finish(false), [finish]),
    dismissError: useCallback(() => setState({ status: 'idle' }), []),
  };
}
