<?php
/**
 * The block on the page: the same markup as the shortcode, inside the block's wrapper.
 *
 * @package Signpost
 * @var array $attributes The block's attributes.
 */

defined( 'ABSPATH' ) || exit;

$signpost_given = array();
foreach ( array(
	'endpoint'         => 'endpoint',
	'snapshot'         => 'snapshot',
	'element'          => 'element',
	'serviceId'        => 'service_id',
	'need'             => 'need',
	'ages'             => 'ages',
	'lang'             => 'lang',
	'view'             => 'view',
	'feedbackEmail'    => 'feedback_email',
	'feedbackEndpoint' => 'feedback_endpoint',
	'primaryColour'    => 'primary_colour',
	'linkColour'       => 'link_colour',
) as $signpost_attribute => $signpost_key ) {
	if ( isset( $attributes[ $signpost_attribute ] ) && is_string( $attributes[ $signpost_attribute ] ) && '' !== $attributes[ $signpost_attribute ] ) {
		$signpost_given[ $signpost_key ] = $attributes[ $signpost_attribute ];
	}
}
if ( ! empty( $attributes['relay'] ) ) {
	$signpost_given['relay'] = 'yes';
}

echo '<div ' . get_block_wrapper_attributes() . '>' . signpost_embed( $signpost_given ) . '</div>'; // phpcs:ignore WordPress.Security.EscapeOutput.OutputNotEscaped -- signpost_embed escapes every attribute.
