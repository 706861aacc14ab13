from zichtbaar.cli import main

main()
