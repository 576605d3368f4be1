// The staff booth table (/admin/expo/halls/{id}/booths), progressive enhancement only: the form saves without this file.
// Redraws the plan preview's booths from the table as fields change: position, size, rotation, code, blocked and deleted rows.
(function () {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var form = document.querySelector('[data-booth-table]');
    var map = document.querySelector('.booth-editor-preview .booth-map');
    if (!form || !map) {
        return;
    }

    function field(row, name) {
        return row.querySelector('[data-field="' + name + '"]');
    }

    function number(row, name) {
        var input = field(row, name);
        var value = input ? parseInt(input.value, 10) : NaN;
        return isNaN(value) ? null : value;
    }

    function element(name, attributes, text) {
        var node = document.createElementNS(SVG, name);
        Object.keys(attributes).forEach(function (key) {
            node.setAttribute(key, attributes[key]);
        });
        if (text) {
            node.textContent = text;
        }
        return node;
    }

    function draw(row) {
        var code = field(row, 'code').value.trim();
        var x = number(row, 'x'), y = number(row, 'y'), w = number(row, 'width'), h = number(row, 'height');
        var removed = field(row, 'delete');
        if (!code || x === null || y === null || !(w > 0) || !(h > 0) || (removed && removed.checked)) {
            return null;
        }

        var status = field(row, 'blocked').checked ? 'blocked' : 'available';
        var cx = x + w / 2, cy = y + h / 2, rotation = number(row, 'rotation') || 0;
        var group = element('g', { 'class': 'booth booth-' + status, 'data-testid': 'booth', 'data-code': code, 'data-status': status });
        if (rotation) {
            group.setAttribute('transform', 'rotate(' + rotation + ' ' + cx + ' ' + cy + ')');
        }
        group.appendChild(element('rect', { 'class': 'booth-rect booth-' + status, x: x, y: y, width: w, height: h }));
        group.appendChild(element('text', { 'class': 'booth-code', x: cx, y: cy - 4, 'text-anchor': 'middle' }, code));
        group.appendChild(element('text', { 'class': 'booth-mark', x: cx, y: cy + 16, 'text-anchor': 'middle' }, status === 'blocked' ? '×' : '○'));
        return group;
    }

    function redraw() {
        map.querySelectorAll('.booth').forEach(function (booth) {
            booth.remove();
        });
        form.querySelectorAll('[data-booth-row]').forEach(function (row) {
            var group = draw(row);
            if (group) {
                map.appendChild(group);
            }
        });
    }

    form.addEventListener('input', redraw);
    form.addEventListener('change', redraw);
})();
