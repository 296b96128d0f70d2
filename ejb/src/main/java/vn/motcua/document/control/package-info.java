/**
 * Checking an upload by its content, not its name, and keeping it on disk under its SHA-256. Plain
 * Java, no container, so every refusal is tested with JUnit alone.
 */
package vn.motcua.document.control;
