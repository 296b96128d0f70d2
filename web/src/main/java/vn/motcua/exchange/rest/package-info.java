/** The download of forwarded papers by department systems, under /api/v1/exchange, authorised by the link's token. */
package vn.motcua.exchange.rest;
