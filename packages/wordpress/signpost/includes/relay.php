<?php
/**
 * The relay, for directories whose API sends no CORS headers: the page asks this site
 * (same origin) and the site asks the directory. It forwards only to the endpoints listed
 * in Settings > Signpost (never an open proxy), only ORUK's read paths and query
 * parameters, and keeps successful answers for a few minutes in transients.
 *
 * GET /wp-json/signpost/v1/relay/{feed}/services?text=...  where {feed} names a listed endpoint.
 *
 * @package Signpost
 */

defined( 'ABSPATH' ) || exit;

/**
 * The ORUK paths the elements read (v1 and v3): the API description, services, one
 * service, places near a postcode, vocabularies and terms.
 */
const SIGNPOST_RELAY_PATHS = '#^/(?:services(?:/[^/]+)?|service_at_locations(?:/[^/]+)?|taxonomies(?:/[^/]+)?|taxonomy_terms(?:/[^/]+)?|vocabularies)?$#';

/**
 * The query parameters ORUK v1 and v3 define for those paths; any other is dropped.
 */
const SIGNPOST_ORUK_PARAMS = array(
	'circumstance',
	'circumstances',
	'coverage',
	'day',
	'end_time',
	'include',
	'maximum_age',
	'minimum_age',
	'need',
	'needs',
	'page',
	'parent_id',
	'per_page',
	'postcode',
	'proximity',
	'root_only',
	'search',
	'service_type',
	'start_time',
	'taxonomy_id',
	'taxonomy_term_id',
	'taxonomy_type',
	'text',
	'vocabulary',
);

/**
 * The name of a listed endpoint in relay URLs.
 *
 * @param string $endpoint The endpoint's URL.
 * @return string
 */
function signpost_relay_key( $endpoint ) {
	return substr( md5( untrailingslashit( $endpoint ) ), 0, 12 );
}

/**
 * The relay's URL for an endpoint, or '' when the endpoint is not listed for relaying.
 *
 * @param string $endpoint The endpoint's URL.
 * @return string
 */
function signpost_relay_url( $endpoint ) {
	$settings = signpost_settings();
	if ( ! in_array( untrailingslashit( $endpoint ), (array) $settings['relay_endpoints'], true ) ) {
		return '';
	}
	return untrailingslashit( rest_url( 'signpost/v1/relay/' . signpost_relay_key( $endpoint ) ) );
}

/**
 * Registers GET /signpost/v1/relay/{feed}{path}.
 */
function signpost_register_relay() {
	register_rest_route(
		'signpost/v1',
		'/relay/(?P<feed>[a-f0-9]{12})(?P<path>/.*)?',
		array(
			'methods'             => 'GET',
			'callback'            => 'signpost_relay',
			'permission_callback' => '__return_true',
		)
	);
}

/**
 * Answers a relayed request from the transient cache or the directory.
 *
 * @param WP_REST_Request $request The request.
 * @return WP_REST_Response|WP_Error
 */
function signpost_relay( $request ) {
	$settings = signpost_settings();
	$endpoint = '';
	foreach ( (array) $settings['relay_endpoints'] as $listed ) {
		if ( signpost_relay_key( $listed ) === $request['feed'] ) {
			$endpoint = $listed;
		}
	}
	if ( '' === $endpoint ) {
		return new WP_Error( 'signpost_not_relayed', __( 'This site does not relay that directory.', 'signpost' ), array( 'status' => 404 ) );
	}
	$path     = '' === (string) $request['path'] ? '/' : (string) $request['path'];
	$segments = array_map( 'rawurldecode', explode( '/', $path ) );
	if ( ! preg_match( SIGNPOST_RELAY_PATHS, $path ) || array_intersect( $segments, array( '.', '..' ) ) ) {
		return new WP_Error( 'signpost_not_oruk', __( 'Only Open Referral UK paths are relayed.', 'signpost' ), array( 'status' => 404 ) );
	}
	$path  = implode( '/', array_map( 'rawurlencode', $segments ) );
	$query = array();
	foreach ( $request->get_query_params() as $name => $value ) {
		if ( in_array( $name, SIGNPOST_ORUK_PARAMS, true ) && is_scalar( $value ) ) {
			$query[ $name ] = substr( (string) $value, 0, 200 );
		}
	}
	ksort( $query );
	$url      = $endpoint . $path . ( $query ? '?' . http_build_query( $query, '', '&', PHP_QUERY_RFC3986 ) : '' );
	$key      = 'signpost_relay_' . md5( $url );
	$lifetime = (int) $settings['relay_minutes'] * MINUTE_IN_SECONDS;

	$answer = get_transient( $key );
	$cache  = 'HIT';
	if ( ! is_array( $answer ) ) {
		$cache    = 'MISS';
		$response = wp_remote_get(
			$url,
			array(
				'timeout'     => 15,
				'redirection' => 3,
				'headers'     => array( 'Accept' => 'application/json' ),
				'user-agent'  => 'Signpost WordPress relay/' . SIGNPOST_VERSION . '; ' . home_url( '/' ),
			)
		);
		if ( is_wp_error( $response ) ) {
			return new WP_Error( 'signpost_unreachable', __( 'The directory did not answer.', 'signpost' ), array( 'status' => 502 ) );
		}
		$status = (int) wp_remote_retrieve_response_code( $response );
		$body   = (string) wp_remote_retrieve_body( $response );
		if ( null === json_decode( $body ) ) {
			return new WP_Error( 'signpost_not_json', __( 'The directory did not answer with JSON.', 'signpost' ), array( 'status' => 502 ) );
		}
		$answer = array(
			'status' => $status >= 500 ? 502 : $status,
			'body'   => $body,
		);
		if ( 200 === $status ) {
			set_transient( $key, $answer, $lifetime );
		}
	}
	$response = new WP_REST_Response( $answer['body'], $answer['status'] );
	$response->header( 'X-Signpost-Relay', $cache );
	$response->header( 'Cache-Control', 200 === $answer['status'] ? 'public, max-age=' . $lifetime : 'no-store' );
	return $response;
}

/**
 * Sends a relayed answer's JSON as the directory wrote it (WordPress would encode the
 * string again).
 *
 * @param bool             $served  Whether the request has been served.
 * @param WP_HTTP_Response $result  The response.
 * @param WP_REST_Request  $request The request.
 * @return bool
 */
function signpost_serve_relay( $served, $result, $request ) {
	if ( $served || 0 !== strpos( $request->get_route(), '/signpost/v1/relay/' ) || ! is_string( $result->get_data() ) ) {
		return $served;
	}
	echo $result->get_data(); // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- JSON from a listed directory, sent as application/json.
	return true;
}
