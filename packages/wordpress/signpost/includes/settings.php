<?php
/**
 * Site-wide defaults (Settings > Signpost), stored in one option, and the sanitisers that
 * the settings, the shortcode and the block share.
 *
 * @package Signpost
 */

defined( 'ABSPATH' ) || exit;

const SIGNPOST_OPTION = 'signpost_settings';

/**
 * The settings and their defaults.
 *
 * @return array<string, mixed>
 */
function signpost_defaults() {
	return array(
		'endpoint'           => '',
		'snapshot'           => '',
		'lang'               => '',
		'view'               => 'list',
		'feedback_email'     => '',
		'feedback_endpoint'  => '',
		'feedback_recipient' => '',
		'primary_colour'     => '',
		'link_colour'        => '',
		'relay_endpoints'    => array(),
		'relay_minutes'      => 5,
	);
}

/**
 * The saved settings over the defaults.
 *
 * @return array<string, mixed>
 */
function signpost_settings() {
	$saved = get_option( SIGNPOST_OPTION, array() );
	$saved = is_array( $saved ) ? array_intersect_key( $saved, signpost_defaults() ) : array();
	return array_merge( signpost_defaults(), $saved );
}

/**
 * Sanitises the settings form.
 *
 * @param mixed $input What the form sent.
 * @return array<string, mixed>
 */
function signpost_sanitize_settings( $input ) {
	$input = is_array( $input ) ? wp_unslash( $input ) : array();
	$text  = function ( $key ) use ( $input ) {
		return isset( $input[ $key ] ) && is_scalar( $input[ $key ] ) ? (string) $input[ $key ] : '';
	};
	// A list when WordPress sanitises the already sanitised value again (on first save).
	$lines = isset( $input['relay_endpoints'] ) && is_array( $input['relay_endpoints'] ) ? implode( "\n", array_filter( $input['relay_endpoints'], 'is_string' ) ) : $text( 'relay_endpoints' );
	$relay = array();
	foreach ( preg_split( '/\s+/', $lines ) as $line ) {
		$url = signpost_clean_url( $line, true );
		if ( '' !== $url ) {
			$relay[] = untrailingslashit( $url );
		}
	}
	$minutes = absint( $text( 'relay_minutes' ) );
	return array(
		'endpoint'           => signpost_clean_url( $text( 'endpoint' ) ),
		'snapshot'           => signpost_clean_url( $text( 'snapshot' ) ),
		'lang'               => signpost_clean_choice( $text( 'lang' ), array( 'en', 'cy' ) ),
		'view'               => signpost_clean_choice( $text( 'view' ), array( 'list', 'map', 'split' ), 'list' ),
		'feedback_email'     => sanitize_email( $text( 'feedback_email' ) ),
		'feedback_endpoint'  => signpost_clean_url( $text( 'feedback_endpoint' ) ),
		'feedback_recipient' => sanitize_text_field( $text( 'feedback_recipient' ) ),
		'primary_colour'     => (string) sanitize_hex_color( $text( 'primary_colour' ) ),
		'link_colour'        => (string) sanitize_hex_color( $text( 'link_colour' ) ),
		'relay_endpoints'    => array_values( array_unique( $relay ) ),
		'relay_minutes'      => max( 1, min( 1440, $minutes ? $minutes : 5 ) ),
	);
}

/**
 * An http(s) URL, or (unless $absolute) a path on this site; anything else is ''.
 *
 * @param string $value    The URL as given.
 * @param bool   $absolute Whether only absolute http(s) URLs will do.
 * @return string
 */
function signpost_clean_url( $value, $absolute = false ) {
	$value = trim( (string) $value );
	if ( '' === $value ) {
		return '';
	}
	if ( preg_match( '#^https?://#i', $value ) ) {
		return esc_url_raw( $value, array( 'http', 'https' ) );
	}
	if ( ! $absolute && preg_match( '#^/(?!/)#', $value ) ) {
		return esc_url_raw( $value );
	}
	return '';
}

/**
 * One of the allowed values (compared without case), or the fallback.
 *
 * @param string   $value    The value as given.
 * @param string[] $allowed  The values allowed.
 * @param string   $fallback What to answer otherwise.
 * @return string
 */
function signpost_clean_choice( $value, $allowed, $fallback = '' ) {
	$value = strtolower( trim( (string) $value ) );
	return in_array( $value, $allowed, true ) ? $value : $fallback;
}
