/** The satisfaction rating as JSON: POST /api/v1/ratings with the token the lookup or the message gave. */
package vn.motcua.rating.rest;
