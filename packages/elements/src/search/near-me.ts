/**
 * "Use my location": the browser's position, then the nearest postcode to it. A chunk of its
 * own (with its words), fetched when a person first presses the button.
 */
import type { Geocoder } from '@signpost/core';
import './strings.en.js';

/** The postcode nearest to where the device is; rejects when the position is refused or unknown, or no postcode is near. */
export function nearestPostcodeToHere(geocoder: Geocoder): Promise<string> {
  return new Promise((resolve, reject) => {
    if (!('geolocation' in navigator)) return reject(new Error('no geolocation'));
    navigator.geolocation.getCurrentPosition(
      (position) =>
        geocoder
          .nearestPostcode({ lat: position.coords.latitude, lng: position.coords.longitude })
          .then((postcode) => (postcode ? resolve(postcode) : reject(new Error('no postcode near'))), reject),
      reject,
      { maximumAge: 300_000, timeout: 15_000 },
    );
  });
}
