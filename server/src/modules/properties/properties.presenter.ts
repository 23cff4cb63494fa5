import type { Property, PropertyPhoto } from '@flexbnb/contracts';
import type { PropertyWithHost } from './properties.repo.ts';

/**
 * `seesAccessDetails` comes from properties.policy.seesAccessDetails: without it the door code
 * and the wifi password are null, whatever the property holds. `photos` are its photos in
 * order (attachments.propertyPhotos).
 */
export function presentProperty(
  row: PropertyWithHost,
  { seesAccessDetails, photos }: { seesAccessDetails: boolean; photos: PropertyPhoto[] },
): Property {
  return {
    id: row.id,
    host_id: row.hostId,
    host: { id: row.hostId, name: row.hostName },
    title: row.title,
    address: row.address,
    timezone: row.timezone,
    check_in_time: row.checkInTime,
    check_out_time: row.checkOutTime,
    locale: row.locale,
    wifi_name: row.wifiName,
    wifi_password: seesAccessDetails ? row.wifiPassword : null,
    door_code: seesAccessDetails ? row.doorCode : null,
    parking_info: row.parkingInfo,
    house_manual_url: row.houseManualUrl,
    emergency_phone: row.emergencyPhone,
    nightly_rate: row.nightlyRate,
    currency: row.currency,
    photos,
    created_at: row.createdAt.toISOString(),
    updated_at: row.updatedAt.toISOString(),
  };
}
