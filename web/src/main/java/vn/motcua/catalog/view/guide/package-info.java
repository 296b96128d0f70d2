/** Public procedure guidance (/guide): browse by field or search, one page per procedure, printable, kiosk mode. */
package vn.motcua.catalog.view.guide;
