import { routes } from '@flexbnb/contracts';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { api, ApiError } from './api.ts';
import { fieldLabel, plainRule, plainValidationMessage } from './plain-errors.ts';

describe('plainValidationMessage', () => {
  it.each([
    ['body.password: must be at least 8 characters', 'Password must be at least 8 characters'],
    [
      'body.new_password: must be at least 8 characters',
      'New password must be at least 8 characters',
    ],
    [
      'body.phone: must be a phone number such as +15555550100',
      'Phone must be a phone number such as +15555550100',
    ],
    [
      'body.check_in_time: must be a time such as 15:00',
      'Check-in time must be a time such as 15:00',
    ],
    [
      'body.quiet_hours.end: must be a time such as 15:00',
      'Quiet hours end must be a time such as 15:00',
    ],
    ['body.email: Invalid email address', 'Email must be an email address'],
    ['body.name: Invalid input: expected string, received undefined', 'Name is required'],
    [
      'body.title: Too big: expected string to have <=100 characters',
      'Title must be at most 100 characters',
    ],
    ['query.limit: Too big: expected number to be <=200', 'Limit must be at most 200'],
    ['body.guests: Too small: expected number to be >=1', 'Guests must be at least 1'],
    ['body.photos.3: Invalid UUID', 'Photos is not valid'],
    [
      'body.category: Invalid option: expected one of "checkin"|"custom"',
      'Category must be one of checkin, custom',
    ],
    ['query.cursor: is not a cursor this API gave out', 'Cursor is not a cursor this API gave out'],
  ])('%s → %s', (raw, plain) => {
    expect(plainValidationMessage(raw)).toBe(plain);
  });

  it('keeps a message that names no field', () => {
    expect(plainValidationMessage('The request is not valid')).toBe('The request is not valid');
    expect(plainValidationMessage('Check-out must be after check-in')).toBe(
      'Check-out must be after check-in',
    );
  });

  it('names fields without the request part or list positions', () => {
    expect(fieldLabel('body.wifi_password')).toBe('Wi-Fi password');
    expect(fieldLabel('params.id')).toBe('The link');
    expect(fieldLabel('body.attachment_ids.0')).toBe('Attachment ids');
  });

  it('rewrites zod wording for a message under its field, keeps the contract wording', () => {
    expect(plainRule('Too small: expected string to have >=1 characters')).toBe(
      'must be at least 1 character',
    );
    expect(plainRule('must be one emoji')).toBe('must be one emoji');
  });
});

describe('api errors', () => {
  beforeAll(() => window.happyDOM.setURL(inject('baseUrl')));

  it('turns a real 400 from the server into plain words, message and details', async () => {
    const err = await api(routes.registerUser, {
      body: { email: 'plain-words@example.test', password: 'short', name: 'Pat' },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect(err).toMatchObject({
      status: 400,
      code: 'validation_failed',
      message: 'Password must be at least 8 characters',
      details: [{ field: 'body.password', message: 'must be at least 8 characters' }],
    });
  });
});
