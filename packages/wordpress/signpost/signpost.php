<?php
/**
 * Plugin Name:       Signpost
 * Description:       Find local services from any Open Referral UK (ORUK) directory: a block and a [signpost] shortcode for a service finder, one service or a map.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The Signpost contributors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       signpost
 *
 * @package Signpost
 */

defined( 'ABSPATH' ) || exit;

define( 'SIGNPOST_VERSION', '0.1.0' );
define( 'SIGNPOST_FILE', __FILE__ );

require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/embed.php';
require_once __DIR__ . '/includes/relay.php';
require_once __DIR__ . '/includes/admin.php';

add_action( 'init', 'signpost_register' );
add_action( 'rest_api_init', 'signpost_register_relay' );
add_filter( 'rest_pre_serve_request', 'signpost_serve_relay', 10, 3 );
add_action( 'admin_menu', 'signpost_admin_menu' );
add_action( 'admin_init', 'signpost_admin_init' );
add_filter( 'plugin_action_links_' . plugin_basename( __FILE__ ), 'signpost_action_links' );

/**
 * Registers the shortcode and the block.
 */
function signpost_register() {
	add_shortcode( 'signpost', 'signpost_shortcode' );
	register_block_type( __DIR__ . '/blocks/embed' );
}
