<?php
/**
 * Settings > Signpost: the site's defaults for every block and shortcode, and the
 * directories the relay may forward to.
 *
 * @package Signpost
 */

defined( 'ABSPATH' ) || exit;

/**
 * Adds the settings page.
 */
function signpost_admin_menu() {
	add_options_page( __( 'Signpost', 'signpost' ), __( 'Signpost', 'signpost' ), 'manage_options', 'signpost', 'signpost_settings_page' );
}

/**
 * A "Settings" link beside the plugin's name on the Plugins page.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function signpost_action_links( $links ) {
	$url = admin_url( 'options-general.php?page=signpost' );
	array_unshift( $links, '<a href="' . esc_url( $url ) . '">' . esc_html__( 'Settings', 'signpost' ) . '</a>' );
	return $links;
}

/**
 * Registers the setting and its fields.
 */
function signpost_admin_init() {
	register_setting(
		'signpost',
		SIGNPOST_OPTION,
		array(
			'type'              => 'array',
			'sanitize_callback' => 'signpost_sanitize_settings',
			'default'           => signpost_defaults(),
		)
	);
	$sections = array(
		'source'   => __( 'Directory', 'signpost' ),
		'display'  => __( 'Display', 'signpost' ),
		'feedback' => __( 'Feedback reports', 'signpost' ),
		'relay'    => __( 'Relay for directories without CORS', 'signpost' ),
	);
	foreach ( $sections as $id => $title ) {
		add_settings_section( 'signpost_' . $id, $title, '__return_false', 'signpost' );
	}
	$fields = array(
		'endpoint'           => array( 'source', __( 'ORUK API endpoint', 'signpost' ), 'url', __( 'The address before /services, e.g. https://api.example.gov.uk/oruk/v3.', 'signpost' ) ),
		'snapshot'           => array( 'source', __( 'Or a snapshot URL', 'signpost' ), 'url', __( 'A static snapshot of the directory, used when no endpoint is set.', 'signpost' ) ),
		'lang'               => array( 'display', __( 'Language', 'signpost' ), array( '' => __( "The page's language", 'signpost' ), 'en' => 'English', 'cy' => 'Cymraeg' ), '' ),
		'view'               => array( 'display', __( 'First view of a finder', 'signpost' ), array( 'list' => __( 'List', 'signpost' ), 'map' => __( 'Map', 'signpost' ), 'split' => __( 'List and map side by side', 'signpost' ) ), '' ),
		'primary_colour'     => array( 'display', __( 'Button colour', 'signpost' ), 'colour', __( 'A hex colour such as #1d70b8; white text must stand out on it.', 'signpost' ) ),
		'link_colour'        => array( 'display', __( 'Link colour', 'signpost' ), 'colour', __( 'A hex colour that stands out on white.', 'signpost' ) ),
		'feedback_email'     => array( 'feedback', __( 'Email for reports', 'signpost' ), 'email', __( '"Report a problem" and "Can\'t find what you need?" go here.', 'signpost' ) ),
		'feedback_endpoint'  => array( 'feedback', __( 'Or a URL that accepts reports', 'signpost' ), 'url', __( 'Receives each report as POSTed JSON.', 'signpost' ) ),
		'feedback_recipient' => array( 'feedback', __( 'Who receives reports', 'signpost' ), 'text', __( 'In words, e.g. the Family Information Service.', 'signpost' ) ),
		'relay_endpoints'    => array( 'relay', __( 'Endpoints to relay', 'signpost' ), 'lines', __( 'One per line. Only these are ever forwarded to; a block or shortcode with relay turned on reads them through this site.', 'signpost' ) ),
		'relay_minutes'      => array( 'relay', __( 'Keep answers for (minutes)', 'signpost' ), 'number', '' ),
	);
	foreach ( $fields as $key => $field ) {
		add_settings_field(
			'signpost_' . $key,
			$field[1],
			'signpost_settings_field',
			'signpost',
			'signpost_' . $field[0],
			array(
				'key'         => $key,
				'type'        => $field[2],
				'description' => $field[3],
				'label_for'   => 'signpost_' . $key,
			)
		);
	}
}

/**
 * Prints one field.
 *
 * @param array $args The field's key, type and description.
 */
function signpost_settings_field( $args ) {
	$settings = signpost_settings();
	$key      = $args['key'];
	$id       = 'signpost_' . $key;
	$name     = SIGNPOST_OPTION . '[' . $key . ']';
	$value    = $settings[ $key ];
	$describe = '' !== $args['description'] ? ' aria-describedby="' . esc_attr( $id . '_help' ) . '"' : '';
	if ( is_array( $args['type'] ) ) {
		echo '<select id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '">';
		foreach ( $args['type'] as $option => $label ) {
			echo '<option value="' . esc_attr( $option ) . '"' . selected( $value, $option, false ) . '>' . esc_html( $label ) . '</option>';
		}
		echo '</select>';
	} elseif ( 'lines' === $args['type'] ) {
		echo '<textarea id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" rows="4" class="large-text code"' . $describe . '>' . esc_textarea( implode( "\n", (array) $value ) ) . '</textarea>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $describe is built from esc_attr.
	} else {
		$types = array(
			'url'    => 'url',
			'email'  => 'email',
			'number' => 'number',
			'colour' => 'text',
			'text'   => 'text',
		);
		$class = 'number' === $args['type'] ? 'small-text' : ( 'colour' === $args['type'] ? 'regular-text code' : 'regular-text' );
		$extra = 'colour' === $args['type'] ? ' pattern="#[0-9a-fA-F]{3}([0-9a-fA-F]{3})?" placeholder="#1d70b8"' : '';
		echo '<input id="' . esc_attr( $id ) . '" name="' . esc_attr( $name ) . '" type="' . esc_attr( $types[ $args['type'] ] ) . '" value="' . esc_attr( (string) $value ) . '" class="' . esc_attr( $class ) . '"' . $extra . $describe . ' />'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- $extra is fixed text; $describe is built from esc_attr.
	}
	if ( '' !== $args['description'] ) {
		echo '<p class="description" id="' . esc_attr( $id . '_help' ) . '">' . esc_html( $args['description'] ) . '</p>';
	}
}

/**
 * Prints the settings page.
 */
function signpost_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html__( 'Signpost', 'signpost' ) . '</h1>';
	echo '<p>' . esc_html__( 'Defaults for every Signpost block and [signpost] shortcode on this site; each block or shortcode can set its own.', 'signpost' ) . '</p>';
	echo '<p><code>[signpost endpoint="https://api.example.gov.uk/oruk/v3" element="finder" need="" ages="11-15" lang="en" view="list" relay="no"]</code></p>';
	if ( '' === (string) get_option( 'permalink_structure' ) ) {
		echo '<div class="notice notice-warning inline"><p>' . esc_html__( 'The relay needs pretty permalinks (Settings > Permalinks, any choice but Plain).', 'signpost' ) . '</p></div>';
	}
	echo '<form action="options.php" method="post">';
	settings_fields( 'signpost' );
	do_settings_sections( 'signpost' );
	submit_button();
	echo '</form></div>';
}
