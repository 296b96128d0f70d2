/** The public lookup as JSON: POST /api/v1/lookup. */
package vn.motcua.lookup.rest;
