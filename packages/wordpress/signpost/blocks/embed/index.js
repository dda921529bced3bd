/**
 * The Signpost block in the editor: settings in the sidebar, a summary in the content.
 * Plain script on WordPress's globals, so the plugin needs no build step.
 */
( function ( blocks, element, blockEditor, components, i18n ) {
	'use strict';
	var el = element.createElement;
	var __ = i18n.__;
	var InspectorControls = blockEditor.InspectorControls;
	var PanelColorSettings = blockEditor.PanelColorSettings;
	var ContrastChecker = blockEditor.ContrastChecker;
	var useBlockProps = blockEditor.useBlockProps;
	var PanelBody = components.PanelBody;
	var TextControl = components.TextControl;
	var SelectControl = components.SelectControl;
	var ToggleControl = components.ToggleControl;
	var Placeholder = components.Placeholder;

	var KINDS = {
		finder: __( 'A service finder', 'signpost' ),
		service: __( 'One service', 'signpost' ),
		map: __( 'A map of services', 'signpost' ),
	};

	function summary( a ) {
		var source = a.endpoint || a.snapshot;
		if ( ! source ) {
			return __( 'Uses the directory set in Settings > Signpost. Set another in the block settings.', 'signpost' );
		}
		return KINDS[ a.element ] + ' ' + __( 'from', 'signpost' ) + ' ' + source + ( a.relay ? ' ' + __( '(through this site)', 'signpost' ) : '' );
	}

	function Edit( props ) {
		var a = props.attributes;
		var set = function ( key ) {
			return function ( value ) {
				var change = {};
				change[ key ] = value === undefined ? '' : value;
				props.setAttributes( change );
			};
		};
		var text = function ( key, label, help, type ) {
			return el( TextControl, { key: key, label: label, help: help, type: type || 'text', value: a[ key ], onChange: set( key ) } );
		};
		return el(
			element.Fragment,
			null,
			el(
				InspectorControls,
				null,
				el(
					PanelBody,
					{ title: __( 'Directory', 'signpost' ) },
					text( 'endpoint', __( 'ORUK API endpoint', 'signpost' ), __( 'The address before /services. Leave empty for the site default.', 'signpost' ), 'url' ),
					text( 'snapshot', __( 'Or a snapshot URL', 'signpost' ), '', 'url' ),
					el( ToggleControl, {
						label: __( 'Read it through this site', 'signpost' ),
						help: __( 'For a directory without CORS; it must be listed in Settings > Signpost.', 'signpost' ),
						checked: a.relay,
						onChange: set( 'relay' ),
					} )
				),
				el(
					PanelBody,
					{ title: __( 'What to show', 'signpost' ) },
					el( SelectControl, {
						label: __( 'Show', 'signpost' ),
						value: a.element,
						options: Object.keys( KINDS ).map( function ( value ) {
							return { value: value, label: KINDS[ value ] };
						} ),
						onChange: set( 'element' ),
					} ),
					a.element === 'service' ? text( 'serviceId', __( 'Service id', 'signpost' ), __( 'The embed builder finds it by the service\'s name.', 'signpost' ) ) : null,
					a.element !== 'service' ? text( 'need', __( 'Needs always applied', 'signpost' ), __( 'Term ids, separated by commas.', 'signpost' ) ) : null,
					a.element !== 'service' ? text( 'ages', __( 'Ages always applied', 'signpost' ), __( 'e.g. 0-4 or 16-25', 'signpost' ) ) : null,
					a.element === 'finder'
						? el( SelectControl, {
								label: __( 'First view', 'signpost' ),
								value: a.view,
								options: [
									{ value: '', label: __( 'Site default', 'signpost' ) },
									{ value: 'list', label: __( 'List', 'signpost' ) },
									{ value: 'map', label: __( 'Map', 'signpost' ) },
									{ value: 'split', label: __( 'List and map side by side', 'signpost' ) },
								],
								onChange: set( 'view' ),
						  } )
						: null,
					el( SelectControl, {
						label: __( 'Language', 'signpost' ),
						value: a.lang,
						options: [
							{ value: '', label: __( "The page's language", 'signpost' ) },
							{ value: 'en', label: 'English' },
							{ value: 'cy', label: 'Cymraeg' },
						],
						onChange: set( 'lang' ),
					} )
				),
				a.element !== 'map'
					? el(
							PanelBody,
							{ title: __( 'Feedback reports', 'signpost' ), initialOpen: false },
							text( 'feedbackEmail', __( 'Email for reports', 'signpost' ), '', 'email' ),
							text( 'feedbackEndpoint', __( 'Or a URL that accepts reports', 'signpost' ), '', 'url' )
					  )
					: null,
				el(
					PanelColorSettings,
					{
						title: __( 'Colours', 'signpost' ),
						initialOpen: false,
						colorSettings: [
							{ value: a.primaryColour || undefined, onChange: set( 'primaryColour' ), label: __( 'Buttons', 'signpost' ) },
							{ value: a.linkColour || undefined, onChange: set( 'linkColour' ), label: __( 'Links', 'signpost' ) },
						],
					},
					a.primaryColour ? el( ContrastChecker, { textColor: '#ffffff', backgroundColor: a.primaryColour } ) : null,
					a.linkColour ? el( ContrastChecker, { textColor: a.linkColour, backgroundColor: '#ffffff' } ) : null
				)
			),
			el(
				'div',
				useBlockProps(),
				el( Placeholder, { icon: 'location-alt', label: __( 'Signpost', 'signpost' ), instructions: summary( a ) } )
			)
		);
	}

	blocks.registerBlockType( 'signpost/embed', {
		edit: Edit,
		save: function () {
			return null;
		},
	} );
} )( window.wp.blocks, window.wp.element, window.wp.blockEditor, window.wp.components, window.wp.i18n );
