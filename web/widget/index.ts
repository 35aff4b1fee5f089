import { RelatedMissionsElement } from './relatedMissionsElement';

// widget.js may be included twice on one page; a second define would throw.
if (!customElements.get('related-missions')) customElements.define('related-missions', RelatedMissionsElement);
