/** The REST application and what all its resources share. */
package vn.motcua.shared.rest;
