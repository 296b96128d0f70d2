/** The catalog in force as JSON for a provincial portal or an app: GET /api/v1/fields, /api/v1/procedures. */
package vn.motcua.catalog.rest;
