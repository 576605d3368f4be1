// Expo pages, progressive enhancement only: every form works without this file.
// - the booth picker: clicking an available booth on the SVG map ticks its checkbox; ticked booths are highlighted;
// - the confirmation's print button (hidden until this script shows it).
(function () {
    'use strict';

    document.querySelectorAll('[data-booth-picker]').forEach(function (form) {
        var map = form.querySelector('.booth-map');
        var boxes = {};
        form.querySelectorAll('input[name="BoothIds"]').forEach(function (box) {
            boxes[box.getAttribute('data-code')] = box;
            box.addEventListener('change', paint);
        });
        if (!map) {
            return;
        }

        map.querySelectorAll('.booth').forEach(function (booth) {
            if (boxes[booth.getAttribute('data-code')]) {
                booth.classList.add('booth-pickable');
                booth.addEventListener('click', function () {
                    var box = boxes[booth.getAttribute('data-code')];
                    box.checked = !box.checked;
                    box.dispatchEvent(new Event('change', { bubbles: true }));
                });
            }
        });

        function paint() {
            map.querySelectorAll('.booth').forEach(function (booth) {
                var box = boxes[booth.getAttribute('data-code')];
                booth.classList.toggle('booth-selected', !!(box && box.checked));
            });
        }

        paint();
    });

    document.querySelectorAll('[data-print]').forEach(function (button) {
        button.hidden = false;
        button.addEventListener('click', function () { window.print(); });
    });
})();
