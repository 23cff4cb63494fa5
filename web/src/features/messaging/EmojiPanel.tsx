import EmojiPicker, { EmojiStyle, SkinTonePickerLocation, Theme } from 'emoji-picker-react';
import emojiStyles from './emoji.module.css';

/**
 * The emoji picker, loaded on first use; native emoji in the colour emoji font the app ships,
 * so nothing is fetched from elsewhere and a machine without such a font still shows them. It
 * sits in a react-aria popover, which closes it on Escape.
 */
export default function EmojiPanel({ onPick }: { onPick: (emoji: string) => void }) {
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
