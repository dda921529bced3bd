<?php
/**
 * The markup both the shortcode and the block print: one Signpost element, its attributes
 * taken only from a fixed list, each value cleaned for what it is and escaped, and the
 * bundle (shipped in this plugin) enqueued once.
 *
 * @package Signpost
 */

defined( 'ABSPATH' ) || exit;

/**
 * What may be embedded, and the element that shows it.
 */
const SIGNPOST_ELEMENTS = array(
	'finder'  => 'signpost-finder',
	'service' => 'signpost-service',
	'map'     => 'signpost-map',
);

/**
 * The shortcode: [signpost endpoint="https://..." element="finder" need="..." ages="11-15"
 * lang="cy" view="map" relay="yes" ...]. Unset attributes take the site's defaults.
 *
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function signpost_shortcode( $atts ) {
	$given = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_string( $name ) && is_scalar( $value ) ) {
			$given[ str_replace( '-', '_', strtolower( $name ) ) ] = (string) $value;
		}
	}
	return signpost_embed( $given );
}

/**
 * The element for a set of options (shortcode names with underscores: endpoint, snapshot,
 * relay, element, service_id, need, ages, lang, view, per_page, feedback_email,
 * feedback_endpoint, feedback_recipient, primary_colour, link_colour), over the site's defaults.
 *
 * @param array<string, string> $given The options given.
 * @return string
 */
function signpost_embed( $given ) {
	$site  = signpost_settings();
	$value = function ( $key ) use ( $given, $site ) {
		if ( isset( $given[ $key ] ) && '' !== trim( $given[ $key ] ) ) {
			return trim( $given[ $key ] );
		}
		return isset( $site[ $key ] ) && is_scalar( $site[ $key ] ) ? (string) $site[ $key ] : '';
	};

	$kind = signpost_clean_choice( $value( 'element' ), array_keys( SIGNPOST_ELEMENTS ), 'finder' );
	$tag  = SIGNPOST_ELEMENTS[ $kind ];
	// A source given in the shortcode or block replaces the site's default source whole.
	$source   = isset( $given['endpoint'] ) || isset( $given['snapshot'] ) ? $given : $site;
	$endpoint = signpost_clean_url( $source['endpoint'] ?? '' );
	$snapshot = signpost_clean_url( $source['snapshot'] ?? '' );
	if ( '' !== $endpoint && in_array( strtolower( $value( 'relay' ) ), array( '1', 'yes', 'true', 'on' ), true ) ) {
		$relayed  = signpost_relay_url( $endpoint );
		$endpoint = $relayed ? $relayed : $endpoint;
	}

	$attrs = array();
	if ( '' !== $endpoint ) {
		$attrs['endpoint'] = $endpoint;
	} elseif ( '' !== $snapshot ) {
		$attrs['snapshot'] = $snapshot;
	}
	$attrs['lang'] = signpost_clean_choice( $value( 'lang' ), array( 'en', 'cy' ) );
	$need          = implode( ',', array_filter( array_map( 'sanitize_text_field', explode( ',', $value( 'need' ) ) ) ) );
	$ages          = preg_match( '/^\s*(\d{1,3})?\s*-\s*(\d{1,3})?\s*$/', $value( 'ages' ), $range ) ? preg_replace( '/\s+/', '', $range[0] ) : '';
	if ( 'finder' === $kind ) {
		$attrs['fixed-need'] = $need;
		$attrs['fixed-ages'] = $ages;
		$attrs['view']       = signpost_clean_choice( $value( 'view' ), array( 'list', 'map', 'split' ) );
		$per_page            = absint( $value( 'per_page' ) );
		$attrs['per-page']   = $per_page ? (string) min( 50, $per_page ) : '';
	} elseif ( 'map' === $kind ) {
		$attrs['need'] = $need;
		$attrs['ages'] = $ages;
	} else {
		$attrs['service-id'] = sanitize_text_field( $value( 'service_id' ) );
	}
	if ( 'map' !== $kind ) {
		$attrs['feedback-email']     = (string) sanitize_email( $value( 'feedback_email' ) );
		$attrs['feedback-endpoint']  = signpost_clean_url( $value( 'feedback_endpoint' ) );
		$attrs['feedback-recipient'] = sanitize_text_field( $value( 'feedback_recipient' ) );
	}

	$style = '';
	foreach ( array(
		'primary_colour' => '--signpost-primary',
		'link_colour'    => '--signpost-link',
	) as $key => $property ) {
		$colour = sanitize_hex_color( $value( $key ) );
		if ( $colour ) {
			$style .= $property . ':' . $colour . ';';
		}
	}
	if ( '' !== $style ) {
		$attrs['style'] = $style;
	}

	signpost_enqueue();
	$html = '<' . $tag;
	foreach ( $attrs as $name => $attr ) {
		if ( '' !== $attr ) {
			$html .= ' ' . $name . '="' . esc_attr( $attr ) . '"';
		}
	}
	return $html . '></' . $tag . '>';
}

/**
 * Enqueues the bundle shipped in this plugin: as a script module where WordPress has them
 * (6.5+), else the classic loader script, which loads the same module from beside itself.
 */
function signpost_enqueue() {
	$base = plugins_url( 'assets/', SIGNPOST_FILE );
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'signpost', $base . 'signpost.js', array(), SIGNPOST_VERSION );
	} else {
		wp_enqueue_script( 'signpost-loader', $base . 'signpost-loader.js', array(), SIGNPOST_VERSION, true );
	}
}
