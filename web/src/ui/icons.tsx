import type { SVGProps } from 'react';

function Icon({ d, ...props }: SVGProps<SVGSVGElement> & { d: string }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
      {...props}
    >
      <path d={d} />
    </svg>
  );
}

export const SendIcon = () => <Icon d="M4 12l16-8-6 16-2.5-6.5L4 12z" />;
export const SmileIcon = () => (
  <Icon d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM8.5 14.5s1.2 1.8 3.5 1.8 3.5-1.8 3.5-1.8M9 9.5h.01M15 9.5h.01" />
);
export const BoltIcon = () => <Icon d="M13 2L4 14h7l-1 8 9-12h-7l1-8z" />;
export const ArchiveIcon = () => <Icon d="M3 4h18v4H3zM5 8v12h14V8M10 12h4" />;
export const UnarchiveIcon = () => (
  <Icon d="M3 4h18v4H3zM5 8v12h14V8M12 18v-6M9.5 14.5L12 12l2.5 2.5" />
);
export const SearchIcon = () => <Icon d="M11 18a7 7 0 1 0 0-14 7 7 0 0 0 0 14zM20 20l-4-4" />;
export const BackIcon = () => <Icon d="M15 18l-6-6 6-6" />;
export const CheckAllIcon = () => <Icon d="M2 12l5 5L18 6M12 16l1 1L22 8" />;
export const ChatIcon = () => (
  <Icon d="M4 6.5A2.5 2.5 0 0 1 6.5 4h11A2.5 2.5 0 0 1 20 6.5v8a2.5 2.5 0 0 1-2.5 2.5H10l-4 3.5V17h.5A2.5 2.5 0 0 1 4 14.5z" />
);
export const RetryIcon = () => (
  <Icon d="M4 4v6h6M20 20v-6h-6M5.5 15a7 7 0 0 0 12 2.5M18.5 9a7 7 0 0 0-12-2.5" />
);
export const BellIcon = () => (
  <Icon d="M6 9.5a6 6 0 0 1 12 0c0 4.5 1.8 6.5 2.5 7.5h-17C4.2 16 6 14 6 9.5zM10 20a2.2 2.2 0 0 0 4 0" />
);
export const SettingsIcon = () => (
  <Icon d="M12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM19.4 13.5l1.6 1.2-2 3.4-1.9-.7a7.6 7.6 0 0 1-2.2 1.3L14.6 21h-4l-.3-2.3a7.6 7.6 0 0 1-2.2-1.3l-1.9.7-2-3.4 1.6-1.2a7.5 7.5 0 0 1 0-3l-1.6-1.2 2-3.4 1.9.7a7.6 7.6 0 0 1 2.2-1.3L10.6 3h4l.3 2.3a7.6 7.6 0 0 1 2.2 1.3l1.9-.7 2 3.4-1.6 1.2a7.5 7.5 0 0 1 0 3z" />
);
export const ClockIcon = () => <Icon d="M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18zM12 7v5l3.5 2" />;

// Rich messages: attachments, voice, replies and the message menu.
export const PaperclipIcon = () => (
  <Icon d="M20.5 11.5l-8.2 8.2a5 5 0 0 1-7.1-7.1l8.6-8.6a3.4 3.4 0 0 1 4.8 4.8l-8.6 8.6a1.7 1.7 0 0 1-2.4-2.4l7.9-7.9" />
);
export const MicIcon = () => (
  <Icon d="M12 15a3.5 3.5 0 0 0 3.5-3.5v-5a3.5 3.5 0 0 0-7 0v5A3.5 3.5 0 0 0 12 15zM5.5 11a6.5 6.5 0 0 0 13 0M12 17.5V21M8.5 21h7" />
);
export const StopIcon = () => <Icon d="M7 7h10v10H7z" />;
export const CloseIcon = () => <Icon d="M6 6l12 12M18 6L6 18" />;
/** A card of details: the reservation beside a thread. */
export const DetailsIcon = () => <Icon d="M4 5h16v14H4zM15 5v14M7.5 9h4M7.5 12.5h4" />;
export const FileIcon = () => (
  <Icon d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8zM14 3v5h5M9 13h6M9 17h6" />
);
export const PlayIcon = () => <Icon d="M8 5.5v13l10.5-6.5z" />;
export const PauseIcon = () => <Icon d="M8 5v14M16 5v14" />;
export const ReplyIcon = () => <Icon d="M10 8L5 12.5l5 4.5M5 12.5h9a5 5 0 0 1 5 5V19" />;
export const MoreIcon = () => <Icon d="M5.5 12h.01M12 12h.01M18.5 12h.01" strokeWidth="3" />;
export const TrashIcon = () => <Icon d="M4 7h16M9.5 7V4.5h5V7M6.5 7l1 13h9l1-13M10 11v5M14 11v5" />;
export const DownloadIcon = () => <Icon d="M12 4v11M7.5 10.5L12 15l4.5-4.5M5 20h14" />;
export const ExternalIcon = () => <Icon d="M14 4h6v6M20 4l-9 9M18 14v5H5V6h5" />;
export const ChevronLeftIcon = () => <Icon d="M15 18l-6-6 6-6" />;
export const ChevronRightIcon = () => <Icon d="M9 18l6-6-6-6" />;
export const EditIcon = () => <Icon d="M4 20h4L19 9l-4-4L4 16zM13.5 6.5l4 4" />;
export const CopyIcon = () => <Icon d="M9 9h10v11H9zM5 15V4h10" />;
export const AddReactionIcon = () => (
  <Icon d="M20.5 12A8.5 8.5 0 1 1 12 3.5M8.5 14.5s1.2 1.7 3.5 1.7 3.5-1.7 3.5-1.7M9 9.5h.01M15 9.5h.01M18.5 3v5M16 5.5h5" />
);
/** Contact screening: details hidden until the booking is confirmed. */
export const ShieldIcon = () => (
  <Icon d="M12 3l7.5 3v5.5c0 4.5-3.2 8.2-7.5 9.5-4.3-1.3-7.5-5-7.5-9.5V6z" />
);
export const FlagIcon = () => <Icon d="M5 21V4M5 4.5h12.5l-2.5 4 2.5 4H5" />;
/** A message machine-translated into the reader's language, or asked for in it. */
export const TranslateIcon = () => (
  <Icon d="M5 8l6 6M4 14l6-6 2-3M2 5h12M7 2h1M22 22l-5-10-5 10M14 18h6" />
);
