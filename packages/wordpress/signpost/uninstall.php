<?php
/**
 * Deleting the plugin removes its settings and the relay's cached answers.
 *
 * @package Signpost
 */

defined( 'WP_UNINSTALL_PLUGIN' ) || exit;

delete_option( 'signpost_settings' );

global $wpdb;
$wpdb->query( // phpcs:ignore WordPress.DB.DirectDatabaseQuery -- transients have no bulk delete.
	$wpdb->prepare(
		"DELETE FROM {$wpdb->options} WHERE option_name LIKE %s OR option_name LIKE %s",
		$wpdb->esc_like( '_transient_signpost_relay_' ) . '%',
		$wpdb->esc_like( '_transient_timeout_signpost_relay_' ) . '%'
	)
);
