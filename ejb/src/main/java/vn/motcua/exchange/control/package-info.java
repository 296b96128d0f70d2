/** Rules of the exchange that need no server: contract checks, update ordering, JSON, download-link tokens. */
package vn.motcua.exchange.control;
