import type { QuickReplyCategory } from '@flexbnb/contracts';

/**
 * The templates a host gets with their first property, one per category. Each reads well with
 * or without a reservation: sentences that need one are left out when there is none.
 */
export const STARTER_QUICK_REPLIES: {
  category: QuickReplyCategory;
  title: string;
  message: string;
}[] = [
  {
    category: 'greeting',
    title: 'Welcome',
    message:
      "Hi {guest_first_name}, thanks for your message about {property_name}! I'm {host_name}, your host. How can I help?",
  },
  {
    category: 'booking_confirmation',
    title: 'Booking confirmed',
    message:
      "Your stay at {property_name} is confirmed: {nights} nights from {check_in_date} to {check_out_date}. I'm looking forward to hosting you, {guest_first_name}!",
  },
  {
    category: 'check_in_instructions',
    title: 'Check-in details',
    message:
      "Hi {guest_first_name}! Check-in is on {check_in_date} from {check_in_time}. The address is {property_address}. I'll send you the door code on the day of arrival.",
  },
  {
    category: 'check_out_instructions',
    title: 'Check-out reminder',
    message:
      'Check-out is on {check_out_date} by {check_out_time}. Please leave the keys on the kitchen table and close the windows. Thank you for staying at {property_name}!',
  },
  {
    category: 'amenities_info',
    title: 'Amenities',
    message:
      '{property_name} has Wi-Fi, a fully equipped kitchen, fresh linen and towels. Let me know if you need anything else!',
  },
  {
    category: 'directions',
    title: 'How to get there',
    message:
      "{property_name} is at {property_address}. I'm happy to send more detailed directions if you tell me how you are travelling.",
  },
  {
    category: 'house_rules',
    title: 'House rules',
    message:
      'A few house rules for {property_name}: no smoking indoors, no parties, and quiet hours from 10 PM to 8 AM. Thank you for respecting them!',
  },
  {
    category: 'emergency',
    title: 'Emergency contacts',
    message:
      "In an emergency, call the local emergency number first (112 in Europe, 911 in North America). Then message me here and I'll help right away. {host_name}",
  },
  {
    category: 'thank_you',
    title: 'Thank you',
    message:
      'Thank you for staying at {property_name}, {guest_first_name}! It was a pleasure to host you. Safe travels!',
  },
  {
    category: 'custom',
    title: 'Quick answer',
    message: "Thanks for your message, {guest_first_name}! I'll get back to you shortly.",
  },
];
