/** The public satisfaction-rating form (/rate), reached by the link sent after collection or from the lookup. */
package vn.motcua.rating.view;
