// Enhancements only: every page works without this file.
import { initAll } from '/assets/govuk/govuk-frontend.min.js';

initAll();

// A long select of councils becomes a type-ahead (accessible-autocomplete), where the page loaded it.
const autocomplete = window.accessibleAutocomplete;
if (autocomplete) {
  for (const select of document.querySelectorAll('select[data-autocomplete]')) {
    autocomplete.enhanceSelectElement({ selectElement: select, defaultValue: '', showAllValues: true, dropdownArrow: () => '' });
  }
}
