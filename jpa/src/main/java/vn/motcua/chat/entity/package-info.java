/**
 * Trao đổi nội bộ: conversations among officers (direct, group, one channel per department, one thread
 * per dossier), who belongs to each and since/until when, and the messages, numbered per conversation.
 */
package vn.motcua.chat.entity;
