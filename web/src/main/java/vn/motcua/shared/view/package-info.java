/** Pieces every page uses: messages from the bundle, the chosen language. */
package vn.motcua.shared.view;
