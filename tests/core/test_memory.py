"""The cyclic garbage collector's pause: counted, from any thread, restored as it was."""

import gc
import threading

from tl_desktop.base.memory import cycles_paused


def test_the_collector_comes_back_when_the_last_pause_ends():
    assert gc.isenabled()
    with cycles_paused():
        assert not gc.isenabled()
        with cycles_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()          # the outer pause still runs
    assert gc.isenabled()


def test_pauses_of_two_threads_overlap_without_restarting_it_early():
    first_in, second_done, states = threading.Event(), threading.Event(), []

    def other():
        first_in.wait()
        with cycles_paused():
            pass
        states.append(gc.isenabled())      # the main thread's pause is still on
        second_done.set()

    t = threading.Thread(target=other)
    t.start()
    with cycles_paused():
        first_in.set()
        second_done.wait(5)
    t.join()
    assert states == [False] and gc.isenabled()


def test_a_collector_switched_off_before_stays_off_and_an_error_ends_the_pause():
    gc.disable()
    try:
        with cycles_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()
    try:
        with cycles_paused():
            raise ValueError
    except ValueError:
        pass
    assert gc.isenabled()
