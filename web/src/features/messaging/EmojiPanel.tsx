import type { Language } from '@flexbnb/contracts';
import EmojiPicker, {
  EmojiStyle,
  SkinTonePickerLocation,
  Theme,
  type EmojiDataLoader,
} from 'emoji-picker-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import emojiStyles from './emoji.module.css';

/**
 * The emoji names (what search finds, the categories' names) in each language but English, the
 * picker's own: loaded with the picker, only for the language shown.
 */
const EMOJI_NAMES: Record<Exclude<Language, 'en'>, EmojiDataLoader> = {
  pt: () => import('emoji-picker-react/data/emojis-pt'),
  es: () => import('emoji-picker-react/data/emojis-es'),
  fr: () => import('emoji-picker-react/data/emojis-fr'),
  de: () => import('emoji-picker-react/data/emojis-de'),
};

/**
 * The emoji picker, loaded on first use; native emoji in the colour emoji font the app ships,
 * so nothing is fetched from elsewhere and a machine without such a font still shows them. It
 * sits in a react-aria popover, which closes it on Escape. Its texts and the emoji's names are
 * in the language the app shows.
 */
export default function EmojiPanel({ onPick }: { onPick: (emoji: string) => void }) {
  const { t, i18n } = useTranslation('messaging');
  const language = i18n.language as Language;
  const labels = useMemo(
    () => ({
      searchPlaceholder: t('emojiPicker.searchPlaceholder'),
      searchLabel: t('emojiPicker.searchLabel'),
      searchClear: t('emojiPicker.searchClear'),
      searchResultsNone: t('emojiPicker.searchResultsNone'),
      searchResultsOne: t('emojiPicker.searchResultsOne'),
      searchResultsMany: t('emojiPicker.searchResultsMany'),
      categoryNavigation: t('emojiPicker.categoryNavigation'),
      reactions: t('emojiPicker.reactions'),
      expandReactions: t('emojiPicker.expandReactions'),
      loading: t('emojiPicker.loading'),
      loadingError: t('emojiPicker.loadingError'),
      retryLoading: t('emojiPicker.retryLoading'),
      skinToneNeutral: t('emojiPicker.skinToneNeutral'),
      skinToneLight: t('emojiPicker.skinToneLight'),
      skinToneMediumLight: t('emojiPicker.skinToneMediumLight'),
      skinToneMedium: t('emojiPicker.skinToneMedium'),
      skinToneMediumDark: t('emojiPicker.skinToneMediumDark'),
      skinToneDark: t('emojiPicker.skinToneDark'),
    }),
    [t],
  );
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
        labels={labels}
        {...(language !== 'en' && language in EMOJI_NAMES && { emojiData: EMOJI_NAMES[language] })}
      />
    </div>
  );
}
