// Kiosk mode of the public pages: an on-screen keyboard that types Vietnamese by Telex (aa → â,
// dd → đ, s/f/r/x/j → tones), a barcode/QR scanner acting as a keyboard still works, and the page
// goes back home after 90 s without a touch. Links out of MotCua are not followed.
(function () {
    var home = document.currentScript.getAttribute('data-home');
    var idle;
    function rest() { clearTimeout(idle); idle = setTimeout(function () { location.href = home; }, 90000); }
    ['click', 'keydown', 'touchstart'].forEach(function (e) { document.addEventListener(e, rest, true); });
    rest();
    document.addEventListener('click', function (e) {
        var a = e.target.closest && e.target.closest('a');
        if (a && a.host && a.host !== location.host) { e.preventDefault(); }
    }, true);

    var MARKS = {aa: 'â', aw: 'ă', ee: 'ê', oo: 'ô', ow: 'ơ', uw: 'ư', dd: 'đ'};
    var TONES = {s: 0, f: 1, r: 2, x: 3, j: 4};
    var TONED = {
        a: 'áàảãạ', 'ă': 'ắằẳẵặ', 'â': 'ấầẩẫậ', e: 'éèẻẽẹ', 'ê': 'ếềểễệ', i: 'íìỉĩị',
        o: 'óòỏõọ', 'ô': 'ốồổỗộ', 'ơ': 'ớờởỡợ', u: 'úùủũụ', 'ư': 'ứừửữự', y: 'ýỳỷỹỵ'
    };
    var BARE = {};
    Object.keys(TONED).forEach(function (v) { TONED[v].split('').forEach(function (t) { BARE[t] = v; }); });
    function bare(c) { return BARE[c] || c; }
    function isVowel(c) { return TONED.hasOwnProperty(bare(c)); }

    // the vowel that carries the tone: one with a mark (ơ in ươ), else the second-last of a closing
    // cluster like "oa"/"ua" with no final consonant, else the last
    function toneAt(word) {
        var vowels = [];
        for (var i = 0; i < word.length; i++) { if (isVowel(word[i])) { vowels.push(i); } }
        if (!vowels.length) { return -1; }
        if ((word.indexOf('qu') === 0 || word.indexOf('gi') === 0) && vowels.length > 1) { vowels.shift(); }
        for (var j = vowels.length - 1; j >= 0; j--) { if ('ăâêôơư'.indexOf(bare(word[vowels[j]])) >= 0) { return vowels[j]; } }
        var last = vowels[vowels.length - 1];
        return vowels.length > 1 && last === word.length - 1 ? vowels[vowels.length - 2] : last;
    }

    function telex(text, key) {
        var m = /([^\s]*)$/.exec(text), word = m[1], head = text.slice(0, text.length - word.length);
        var lower = key.toLowerCase();
        if (word && TONES.hasOwnProperty(lower)) {
            var at = toneAt(word.toLowerCase());
            if (at >= 0) {
                var v = bare(word[at].toLowerCase());
                return head + word.slice(0, at) + TONED[v][TONES[lower]] + word.slice(at + 1);
            }
        }
        var pair = (word.slice(-1) + lower).toLowerCase();
        if (word && MARKS[bare(pair[0]) + pair[1]]) {
            var base = word.slice(-1), toned = TONED[bare(base)] ? TONED[bare(base)].indexOf(base) : -1;
            var marked = MARKS[bare(pair[0]) + pair[1]];
            if (toned >= 0 && TONED[marked]) { marked = TONED[marked][toned]; }
            return head + word.slice(0, -1) + marked;
        }
        return text + key;
    }
    window.motcuaTelex = telex;

    var target = document.querySelector('input[type=text]');
    if (!target) { return; }
    var rows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm.-'];
    var board = document.createElement('div');
    board.id = 'keyboard';
    rows.forEach(function (row) {
        var line = document.createElement('div');
        row.split('').forEach(function (k) { line.appendChild(key(k, k)); });
        board.appendChild(line);
    });
    var last = document.createElement('div');
    last.appendChild(key('⌫', 'Backspace'));
    last.appendChild(key('␣', ' '));
    last.appendChild(key('⏎', 'Enter'));
    board.appendChild(last);
    document.body.appendChild(board);
    // the keyboard covers the lower part of the screen: shown only while a field is being typed in,
    // with room left under the page so that nothing stays hidden behind it
    function show(visible) {
        board.hidden = !visible;
        document.body.style.paddingBottom = visible ? board.offsetHeight + 'px' : '';
    }
    show(document.activeElement && document.activeElement.matches('input[type=text], textarea'));
    document.addEventListener('focusin', function (e) {
        if (e.target.matches('input[type=text], textarea')) { target = e.target; show(true); }
    });
    document.addEventListener('pointerdown', function (e) {
        if (!board.contains(e.target) && !e.target.matches('input[type=text], textarea')) { show(false); }
    });

    function key(label, value) {
        var b = document.createElement('button');
        b.type = 'button';
        b.textContent = label;
        b.setAttribute('data-key', value);
        b.addEventListener('click', function () {
            if (value === 'Backspace') { target.value = target.value.slice(0, -1); }
            else if (value === 'Enter') { if (target.form) { target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit(); } }
            else { target.value = telex(target.value, value).slice(0, target.maxLength > 0 ? target.maxLength : 1000); }
            target.focus();
        });
        return b;
    }
})();
