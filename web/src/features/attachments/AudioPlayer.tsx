import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PauseIcon, PlayIcon } from '../../ui/icons.tsx';
import styles from './AudioPlayer.module.css';
import { formatBytes, formatDuration } from './format.ts';
import type { ShownAttachment } from './shown.ts';
import { useAttachmentSrc } from './useAttachmentSrc.ts';

/** Below this a recording is loaded up front, to know its length when the server does not. */
const EAGER_BYTES = 2_000_000;

/**
 * A voice message (or other audio) played inline: play/pause, where it is and how long it is,
 * and a slider to seek. The content is fetched when first played, or up front when its length
 * is unknown and it is small.
 */
export function AudioPlayer({
  item,
  mine = false,
}: {
  item: ShownAttachment;
  /** In my own (dark) bubble. */
  mine?: boolean;
}) {
  const { t } = useTranslation('attachments');
  const known = item.duration_ms !== null && item.duration_ms > 0;
  const [wanted, setWanted] = useState(!known && item.size <= EAGER_BYTES);
  const { src, failed } = useAttachmentSrc(item, 'content', wanted || Boolean(item.local));
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const [position, setPosition] = useState(0);
  const [measured, setMeasured] = useState<number | null>(null);
  const playWhenReady = useRef(false);
  // Chrome reports a MediaRecorder WebM's duration as Infinity until it has read to the end:
  // seeking far ahead makes it find out, then the player goes back to the start.
  const probing = useRef(false);

  const duration = known ? (item.duration_ms ?? 0) : (measured ?? 0);

  useEffect(() => {
    const el = audio.current;
    if (src && el && playWhenReady.current) {
      playWhenReady.current = false;
      void el.play().catch(() => undefined);
    }
  }, [src]);

  const toggle = () => {
    const el = audio.current;
    if (!src || !el) {
      playWhenReady.current = true;
      setWanted(true);
      return;
    }
    if (el.paused) void el.play().catch(() => undefined);
    else el.pause();
  };

  const readDuration = (el: HTMLAudioElement) => {
    if (Number.isFinite(el.duration) && el.duration > 0) {
      setMeasured(Math.round(el.duration * 1000));
      if (probing.current) {
        probing.current = false;
        el.currentTime = 0;
      }
    } else if (el.duration === Infinity && !probing.current) {
      probing.current = true;
      el.currentTime = 1e101;
    }
  };

  const voice = item.name.startsWith('voice-message');
  const name = item.name.toLowerCase();
  const length = duration > 0 ? formatDuration(duration) : formatBytes(item.size);
  const shownTime = playing || position > 0 ? formatDuration(position) : length;
  return (
    <div
      className={[styles.player, mine && styles.mine].filter(Boolean).join(' ')}
      role="group"
      aria-label={
        voice ? t('audio.voiceMessage', { length }) : t('audio.named', { name: item.name, length })
      }
    >
      <button
        type="button"
        className={styles.toggle}
        aria-label={
          voice
            ? t(playing ? 'audio.pauseVoice' : 'audio.playVoice')
            : t(playing ? 'audio.pause' : 'audio.play', { name })
        }
        disabled={failed}
        onClick={toggle}
      >
        {playing ? <PauseIcon /> : <PlayIcon />}
      </button>
      <input
        type="range"
        className={styles.seek}
        min={0}
        max={Math.max(duration, 1)}
        step={100}
        value={Math.min(position, Math.max(duration, 1))}
        disabled={!src || duration === 0}
        aria-label={t('audio.position')}
        aria-valuetext={t('audio.positionOf', { position: formatDuration(position), length })}
        onChange={(e) => {
          const ms = Number(e.target.value);
          setPosition(ms);
          if (audio.current) audio.current.currentTime = ms / 1000;
        }}
      />
      <span className={styles.time}>{failed ? t('audio.notAvailable') : shownTime}</span>
      {item.progress !== undefined && (
        <span className="sr-only" role="status">
          {t('audio.uploading', { percent: Math.round(item.progress * 100) })}
        </span>
      )}
      {src && (
        <audio
          ref={audio}
          src={src}
          preload="metadata"
          onLoadedMetadata={(e) => readDuration(e.currentTarget)}
          onDurationChange={(e) => readDuration(e.currentTarget)}
          onTimeUpdate={(e) => {
            if (!probing.current) setPosition(Math.round(e.currentTarget.currentTime * 1000));
          }}
          onPlay={() => setPlaying(true)}
          onPause={() => setPlaying(false)}
          onEnded={(e) => {
            setPlaying(false);
            setPosition(0);
            e.currentTarget.currentTime = 0;
          }}
        />
      )}
    </div>
  );
}
