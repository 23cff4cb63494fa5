import EmojiPicker, { EmojiStyle, SkinTonePickerLocation, Theme } from 'emoji-picker-react';
import { useEffect } from 'react';
import emojiStyles from './emoji.module.css';

/**
 * The emoji picker, loaded on first use; native emoji in the colour emoji font the app ships,
 * so nothing is fetched from elsewhere and a machine without such a font still shows them.
 */
export default function EmojiPanel({
  onPick,
  onClose,
}: {
  onPick: (emoji: string) => void;
  onClose: () => void;
}) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className={emojiStyles.picker}>
      <EmojiPicker
        onEmojiClick={(data) => onPick(data.emoji)}
        emojiStyle={EmojiStyle.NATIVE}
        theme={Theme.LIGHT}
        skinTonePickerLocation={SkinTonePickerLocation.SEARCH}
        lazyLoadEmojis
        autoFocusSearch
        width={320}
        height={380}
        previewConfig={{ showPreview: false }}
      />
    </div>
  );
}
