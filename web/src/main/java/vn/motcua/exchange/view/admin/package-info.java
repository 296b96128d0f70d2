/** The administrator's screen of the exchange with department systems (admin/exchange.xhtml). */
package vn.motcua.exchange.view.admin;
