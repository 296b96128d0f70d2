/*
 * The staff chat page: one WebSocket to /chat/socket (the signed-in session's), JSON frames both ways.
 * Messages are kept per conversation by their number, so a frame seen twice is shown once, and after a
 * reconnect the page asks for what follows the last number it holds. Only the server's escaped "html"
 * is ever put in as markup; everything else goes in as text.
 */
(function () {
    'use strict';
    var root = document.getElementById('chat');
    if (!root) {
        return;
    }
    var d = root.dataset;
    var el = function (id) { return document.getElementById(id); };
    var list = el('chatConversations'), pane = el('chatMessages'), status = el('chatStatus');
    var body = el('chatBody'), sendButton = el('chatSend');
    var conversations = new Map();   // id -> {info, messages: Map(sequence -> frame), complete}
    var presence = {};
    var pending = new Map();         // clientId -> {conversation, body}
    var current = null, socket = null, retry = 1000, firstOpen = true, idleTimer = null, idle = false;

    function conversation(id) {
        if (!conversations.has(id)) {
            conversations.set(id, {info: null, messages: new Map(), complete: false});
        }
        return conversations.get(id);
    }

    function highest(c) {
        var max = 0;
        c.messages.forEach(function (m, sequence) { if (sequence > max) { max = sequence; } });
        return max;
    }

    function send(frame) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify(frame));
            return true;
        }
        return false;
    }

    function say(text, error) {
        status.textContent = text || '';
        status.className = 'chat-status' + (error ? ' error' : '');
    }

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        socket = new WebSocket(scheme + location.host + d.socket);
        socket.onopen = function () {
            retry = 1000;
            say('');
            var last = {};
            conversations.forEach(function (c, id) { if (c.messages.size) { last[id] = highest(c); } });
            send({type: 'hello', lang: d.lang, last: last});
            pending.forEach(function (p, clientId) {
                send({type: 'send', conversation: p.conversation, clientId: clientId, body: p.body});
            });
            if (firstOpen) {
                firstOpen = false;
                send({type: 'officers'});
                if (d.dossier) {
                    send({type: 'dossier', code: d.dossier});
                } else if (d['with']) {
                    send({type: 'direct', 'with': d['with']});
                }
            }
            if (idle) {
                send({type: 'idle'});
            }
        };
        socket.onmessage = function (event) { receive(JSON.parse(event.data)); };
        socket.onclose = function () {
            say(d.tReconnecting, true);
            setTimeout(connect, retry);
            retry = Math.min(retry * 2, 30000);
        };
    }

    function receive(f) {
        switch (f.type) {
            case 'conversations':
                Object.assign(presence, f.presence);
                f.items.forEach(function (info) { conversation(info.id).info = info; });
                badge(f.unread);
                drawList();
                drawHeader();
                break;
            case 'opened':
                conversation(f.conversation.id).info = f.conversation;
                drawList();
                select(f.conversation.id);
                break;
            case 'message':
                add(f);
                break;
            case 'catchup':
            case 'history':
                var c = conversation(f.conversation);
                if (f.type === 'history') { c.complete = f.complete; }
                f.messages.forEach(function (m) { c.messages.set(m.sequence, m); });
                if (f.conversation === current) { draw(f.type === 'catchup'); read(); }
                break;
            case 'sent':
                pending.delete(f.clientId);
                break;
            case 'refused':
                if (f.clientId && pending.has(f.clientId)) {
                    body.value = pending.get(f.clientId).body;
                    pending.delete(f.clientId);
                    draw(false);
                }
                say(f.message, true);
                break;
            case 'presence':
                presence[f.officer] = f.state;
                drawHeader();
                break;
            case 'unread':
                badge(f.total);
                break;
            case 'officers':
                fillOfficers(f.items);
                break;
        }
    }

    function add(m) {
        var c = conversation(m.conversation);
        if (c.messages.has(m.sequence)) {
            return;
        }
        var gap = c.messages.size && m.sequence > highest(c) + 1;
        c.messages.set(m.sequence, m);
        pending.delete(m.sender === d.me ? m.clientId : '');
        if (gap) {
            var last = {};
            last[m.conversation] = m.sequence - 1;
            send({type: 'hello', lang: d.lang, last: last});
        }
        if (c.info && m.sender !== d.me && (m.conversation !== current || document.hidden)) {
            c.info.unread = (c.info.unread || 0) + 1;
            badge(total() );
        }
        if (c.info) { c.info.lastSequence = Math.max(c.info.lastSequence, m.sequence); }
        if (m.conversation === current) { draw(true); read(); }
        drawList();
    }

    function total() {
        var sum = 0;
        conversations.forEach(function (c) { sum += c.info ? c.info.unread : 0; });
        return sum;
    }

    function badge(count) {
        document.querySelectorAll('.chat-unread').forEach(function (b) {
            b.textContent = count;
            b.style.display = count > 0 ? '' : 'none';
        });
    }

    function read() {
        var c = conversation(current);
        if (!document.hidden && c.messages.size && c.info && c.info.unread > 0) {
            c.info.unread = 0;
            send({type: 'read', conversation: current, sequence: highest(c)});
            drawList();
        }
    }

    function kindLabel(kind) {
        return d['tKind' + kind.charAt(0) + kind.slice(1).toLowerCase()] || kind;
    }

    function drawList() {
        var items = Array.from(conversations.values()).filter(function (c) { return c.info; });
        items.sort(function (a, b) { return b.info.lastSequence - a.info.lastSequence || a.info.id - b.info.id; });
        list.replaceChildren();
        items.forEach(function (c) {
            var li = document.createElement('li');
            li.id = 'chat-conversation-' + c.info.id;
            li.className = (c.info.id === current ? 'selected ' : '') + (c.info.active ? '' : 'left');
            var name = document.createElement('span');
            name.textContent = c.info.title;
            var kind = document.createElement('span');
            kind.className = 'kind';
            kind.textContent = kindLabel(c.info.kind) + (c.info.active ? '' : ' – ' + d.tLeft);
            name.appendChild(kind);
            li.appendChild(name);
            if (c.info.unread > 0) {
                var count = document.createElement('span');
                count.className = 'count';
                count.textContent = c.info.unread;
                li.appendChild(count);
            }
            li.addEventListener('click', function () { select(c.info.id); });
            list.appendChild(li);
        });
    }

    function drawHeader() {
        var c = current === null ? null : conversation(current);
        var members = el('chatMembers');
        members.replaceChildren();
        if (!c || !c.info) {
            return;
        }
        el('chatTitle').textContent = c.info.title;
        c.info.members.forEach(function (m) {
            var who = document.createElement('span');
            var state = presence[m] || 'OFFLINE';
            var dot = document.createElement('span');
            dot.className = 'presence ' + state;
            dot.title = d['t' + state.charAt(0) + state.slice(1).toLowerCase()];
            who.appendChild(dot);
            who.appendChild(document.createTextNode(m + ' '));
            who.dataset.officer = m;
            who.dataset.presence = state;
            members.appendChild(who);
        });
        el('chatLeave').hidden = !(c.info.kind === 'GROUP' && c.info.active);
        var writable = c.info.active;
        body.disabled = !writable;
        sendButton.disabled = !writable;
    }

    function select(id) {
        current = id;
        var c = conversation(id);
        drawList();
        drawHeader();
        if (!c.messages.size && !c.complete) {
            send({type: 'history', conversation: id, limit: 30});
        }
        draw(true);
        read();
        body.focus();
    }

    function draw(toBottom) {
        var c = conversation(current);
        pane.replaceChildren();
        if (!c.complete && c.messages.size) {
            var older = document.createElement('button');
            older.type = 'button';
            older.className = 'chat-older';
            older.textContent = d.tOlder;
            older.addEventListener('click', function () {
                var first = Math.min.apply(null, Array.from(c.messages.keys()));
                send({type: 'history', conversation: current, before: first, limit: 30});
            });
            pane.appendChild(older);
        }
        var sequences = Array.from(c.messages.keys()).sort(function (a, b) { return a - b; });
        if (!sequences.length) {
            var empty = document.createElement('p');
            empty.className = 'chat-status';
            empty.textContent = d.tEmpty;
            pane.appendChild(empty);
        }
        sequences.forEach(function (sequence) { pane.appendChild(bubble(c.messages.get(sequence), false)); });
        pending.forEach(function (p) {
            if (p.conversation === current) {
                pane.appendChild(bubble({sender: d.me, senderName: '', text: p.body, sentAt: null}, true));
            }
        });
        if (toBottom) { pane.scrollTop = pane.scrollHeight; }
    }

    function bubble(m, isPending) {
        var div = document.createElement('div');
        div.className = 'chat-message' + (m.sender === d.me ? ' mine' : '') + (isPending ? ' pending' : '');
        if (m.sequence) { div.dataset.sequence = m.sequence; }
        var meta = document.createElement('div');
        meta.className = 'meta';
        meta.textContent = isPending ? d.tSending : m.senderName + ' · ' + new Date(m.sentAt).toLocaleString(d.lang === 'en' ? 'en-GB' : 'vi-VN');
        var text = document.createElement('div');
        text.className = 'text';
        if (isPending) {
            text.textContent = m.text;
        } else {
            text.innerHTML = m.html;   // escaped by the server (MessageMarkup), dossier links per reader
        }
        div.appendChild(meta);
        div.appendChild(text);
        return div;
    }

    function fillOfficers(items) {
        [el('chatOfficer'), el('chatGroupMembers')].forEach(function (select) {
            select.replaceChildren();
            items.forEach(function (o) {
                var option = document.createElement('option');
                option.value = o.username;
                option.textContent = o.name + ' (' + o.username + ')';
                select.appendChild(option);
            });
        });
    }

    el('chatForm').addEventListener('submit', function (event) {
        event.preventDefault();
        var text = body.value.trim();
        if (!text || current === null) {
            return;
        }
        var clientId = (window.crypto && crypto.randomUUID) ? crypto.randomUUID()
            : Date.now().toString(36) + Math.random().toString(36).slice(2);
        pending.set(clientId, {conversation: current, body: text});
        body.value = '';
        say('');
        send({type: 'send', conversation: current, clientId: clientId, body: text});
        draw(true);
    });
    body.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            el('chatForm').requestSubmit();
        }
    });
    el('chatDirect').addEventListener('click', function () {
        send({type: 'direct', 'with': el('chatOfficer').value});
    });
    el('chatLeave').addEventListener('click', function () {
        send({type: 'remove', conversation: current, officer: d.me});
    });
    el('chatGroup').addEventListener('click', function () {
        var members = Array.from(el('chatGroupMembers').selectedOptions).map(function (o) { return o.value; });
        send({type: 'group', title: el('chatGroupTitle').value, members: members});
    });

    // presence: away after five minutes without a key or the mouse, or while the page is hidden
    function active() {
        clearTimeout(idleTimer);
        if (idle) {
            idle = false;
            send({type: 'active'});
        }
        idleTimer = setTimeout(function () { idle = true; send({type: 'idle'}); }, 300000);
    }
    ['keydown', 'mousemove', 'click'].forEach(function (e) { document.addEventListener(e, active, {passive: true}); });
    document.addEventListener('visibilitychange', function () {
        if (document.hidden) {
            idle = true;
            send({type: 'idle'});
        } else {
            active();
            read();
        }
    });
    active();
    say(d.tConnecting);
    connect();
})();
