import EmojiPicker, { EmojiStyle, SkinTonePickerLocation, Theme } from 'emoji-picker-react';
import { useEffect } from 'react';

/** The emoji picker, loaded on first use; native emoji, so nothing is fetched from elsewhere. */
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
  );
}
