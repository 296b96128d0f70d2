/** Files the office keeps (form templates, dossier scans, results, chat attachments): what each one is and why it was kept. */
package vn.motcua.document.entity;
