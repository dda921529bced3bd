<?php
/**
 * The editor script's dependencies (written by hand: the script needs no build step).
 *
 * @package Signpost
 */

return array(
	'dependencies' => array( 'wp-block-editor', 'wp-blocks', 'wp-components', 'wp-element', 'wp-i18n' ),
	'version'      => '0.1.0',
);
