/**
 * The catalog's procedural logic, plain Java without the server: reading and writing release files
 * (JSON, XLSX), validating a release, comparing two releases, and turning records into entities.
 */
package vn.motcua.catalog.control;
