// The display board: listens on /board-socket/<desk>, repaints from each STATE (sent on every
// (re)connection, so a board back from a network drop shows the present), shows and announces each
// CALL/RECALL, and reconnects by itself with a growing pause (1 s … 15 s).
// The voice is clips made once with espeak-ng (resources/audio/vi/make-clips.sh) joined in order:
// "Mời số" A 0 1 2 "đến quầy số" 3. Run the TV's Chromium with --autoplay-policy=no-user-gesture-required.
(function () {
    'use strict';
    var board = document.getElementById('board');
    var desk = board.getAttribute('data-desk');
    var context = board.getAttribute('data-context');
    var pausedText = board.getAttribute('data-paused');
    var counterText = board.getAttribute('data-counter');
    var status = document.getElementById('status');
    var clips = context + '/resources/audio/vi/';
    var speaking = [];
    var retry = 1000;
    window.motcuaBoard = { received: [] };

    function counter(number) {
        return document.getElementById('counter-' + number);
    }

    function show(number, label, paused) {
        var box = counter(number);
        if (!box) {
            return;
        }
        box.classList.toggle('paused', paused);
        box.querySelector('.label').textContent = paused ? pausedText : (label || '');
    }

    function recent(label, number) {
        var list = document.getElementById('recent');
        var item = document.createElement('li');
        var b = document.createElement('b');
        var span = document.createElement('span');
        b.textContent = label;
        span.textContent = counterText + ' ' + number;
        item.appendChild(b);
        item.appendChild(span);
        list.insertBefore(item, list.firstChild);
        while (list.children.length > 8) {
            list.removeChild(list.lastChild);
        }
    }

    function announce(label, number) {
        var words = ['moi-so'];
        label.toLowerCase().split('').forEach(function (ch) { words.push(ch); });
        words.push('den-quay');
        String(number).split('').forEach(function (ch) { words.push(ch); });
        var start = speaking.length === 0;
        speaking.push(words);
        if (start) {
            play();
        }
    }

    function play() {
        if (speaking.length === 0) {
            return;
        }
        var words = speaking[0];
        var i = 0;
        (function next() {
            if (i >= words.length) {
                speaking.shift();
                play();
                return;
            }
            var audio = new Audio(clips + words[i++] + '.wav');
            audio.onended = next;
            audio.onerror = next;
            audio.play().catch(next);
        })();
    }

    function handle(message) {
        window.motcuaBoard.received.push({ message: message, at: Date.now() });
        if (message.kind === 'STATE') {
            message.counters.forEach(function (c) { show(c.number, c.label, c.paused); });
            var list = document.getElementById('recent');
            list.innerHTML = '';
            message.recent.slice().reverse().forEach(function (r) { recent(r.label, r.counter); });
        } else if (message.kind === 'CALL' || message.kind === 'RECALL') {
            show(message.counter, message.label, false);
            recent(message.label, message.counter);
            var box = counter(message.counter);
            if (box) {
                box.classList.remove('flash');
                void box.offsetWidth;
                box.classList.add('flash');
            }
            announce(message.label, message.counter);
        } else if (message.kind === 'PAUSE' || message.kind === 'RESUME') {
            show(message.counter, null, message.kind === 'PAUSE');
        }
    }

    function connect() {
        var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
        var socket = new WebSocket(scheme + location.host + context + '/board-socket/' + encodeURIComponent(desk));
        socket.onopen = function () {
            retry = 1000;
            status.className = 'on';
        };
        socket.onmessage = function (event) {
            handle(JSON.parse(event.data));
        };
        socket.onclose = function () {
            status.className = 'off';
            setTimeout(connect, retry);
            retry = Math.min(retry * 2, 15000);
        };
    }

    connect();
})();
