@echo off
rem Fiches Metiers launcher for Windows: finds a Java 21 or newer, then runs the tool's jar with the arguments
rem given. The exit code is the tool's (see the README's table); 2 when no suitable Java or no jar is found.
rem
rem Java is looked for in this order, the first of version 21 or newer wins: JAVA_HOME, the java of the PATH,
rem then the usual install folders (Java, Eclipse Adoptium, Microsoft, Zulu, Amazon Corretto, BellSoft, Semeru
rem under Program Files, and a per-user Eclipse Adoptium). The jar: FICHES_JAR, else fiches-metiers.jar beside
rem this script (an installed copy), else ..\target\fiches-metiers.jar (the project, after "mvn package").
rem Messages are plain ASCII: the console's code page (850 in France) would garble accented letters.
setlocal EnableExtensions DisableDelayedExpansion

set "REQUIRED=21"

rem --- Default JVM options ---------------------------------------------------------------------------------
rem The options every run gets. A bounded heap rather than Java's default quarter of the machine: the
rem benchmark's 10 000-profile nightly runs in it. FICHES_JAVA_OPTS in the environment replaces them. Split on
rem spaces: an option may not contain one.
set "DEFAULT_JAVA_OPTS=-Xmx512m"
set "OWN_OPTS="
if defined FICHES_JAVA_OPTS set "OWN_OPTS=1"
if not defined FICHES_JAVA_OPTS set "FICHES_JAVA_OPTS=%DEFAULT_JAVA_OPTS%"
rem Java's start-up cache (see :startupcache below) lives in FICHES_CACHE_DIR, else %LOCALAPPDATA%\fiches-metiers;
rem FICHES_CACHE=off runs the jar as it is.
set "CACHE_ROOT=%FICHES_CACHE_DIR%"
if not defined CACHE_ROOT set "CACHE_ROOT=%LOCALAPPDATA%\fiches-metiers"
rem -----------------------------------------------------------------------------------------------------------

set "HERE=%~dp0"
set "MSG_LANG="
call :language %*

set "JAVA="
set "FOUND="
if defined JAVA_HOME call :consider "%JAVA_HOME%\bin\java.exe"
for /f "delims=" %%J in ('where java.exe 2^>nul') do call :consider "%%~J"
for /d %%D in ("%ProgramFiles%\Java\*" "%ProgramFiles%\Eclipse Adoptium\*" "%ProgramFiles%\Microsoft\*" "%ProgramFiles%\Zulu\*" "%ProgramFiles%\Amazon Corretto\*" "%ProgramFiles%\BellSoft\*" "%ProgramFiles%\Semeru\*" "%ProgramFiles%\OpenJDK\*" "%LOCALAPPDATA%\Programs\Eclipse Adoptium\*") do call :consider "%%~D\bin\java.exe"

set "FOUND_FR=%FOUND%"
set "FOUND_EN=%FOUND%"
if not defined FOUND set "FOUND_FR=aucun Java"
if not defined FOUND set "FOUND_EN=no Java"
if not defined JAVA (
    call :say "Fiches Metiers a besoin de Java %REQUIRED% ou plus recent ; trouve : %FOUND_FR%. Installez-en un (Eclipse Temurin, Microsoft Build of OpenJDK...) ou indiquez son dossier par JAVA_HOME." "Fiches Metiers needs Java %REQUIRED% or newer; found: %FOUND_EN%. Install one (Eclipse Temurin, Microsoft Build of OpenJDK...) or name its folder in JAVA_HOME."
    exit /b 2
)

set "JAR=%FICHES_JAR%"
if not defined JAR if exist "%HERE%fiches-metiers.jar" set "JAR=%HERE%fiches-metiers.jar"
if not defined JAR if exist "%HERE%..\target\fiches-metiers.jar" set "JAR=%HERE%..\target\fiches-metiers.jar"
if not defined JAR set "JAR=%HERE%..\target\fiches-metiers.jar"
if not exist "%JAR%" (
    call :say "Fiches Metiers : jar introuvable (%JAR%) ; lancez mvn package ou indiquez-le par FICHES_JAR." "Fiches Metiers: jar not found (%JAR%); run mvn package or name it in FICHES_JAR."
    exit /b 2
)

set "APP=%JAR%"
set "CACHE_OPTS="
set "RECORDING="
call :startupcache %*
"%JAVA%" %FICHES_JAVA_OPTS% %CACHE_OPTS% -jar "%APP%" %*
set "RC=%ERRORLEVEL%"
if not defined RECORDING exit /b %RC%
if "%RC%"=="0" call :writecache
if "%RC%"=="3" call :writecache
rd /s /q "%RECORDING%" >nul 2>&1
exit /b %RC%


rem :startupcache ARGS - a short nightly spends most of its time starting Java and Spring. From Java 25 on, Java
rem can start from an AOT cache of what an earlier run loaded and linked; it needs the tool's classes on the
rem plain class path, so the jar is extracted once per build of the tool and per Java into the cache folder, the
rem first run that does work records, and the cache is written when it ends. A new jar or Java gives a new folder
rem (old ones are removed), so a stale cache is never used; when anything fails the jar runs as it is.
:startupcache
if /i "%FICHES_CACHE%"=="off" goto :eof
if defined OWN_OPTS echo %FICHES_JAVA_OPTS% | findstr /i "AOTCache AOTMode SharedArchiveFile" >nul && goto :eof
if %FEATURE% LSS 25 goto :eof
set "STAMP="
for %%F in ("%JAR%") do set "STAMP=%%~zF-%%~tF"
set "STAMP=%STAMP: =-%"
set "STAMP=%STAMP::=-%"
set "STAMP=%STAMP:/=-%"
set "STAMP=%STAMP:.=-%"
set "FOLDER=%CACHE_ROOT%\%VERSION%-%STAMP%"
if not exist "%FOLDER%\app\fiches-metiers.jar" call :extract
if not exist "%FOLDER%\app\fiches-metiers.jar" goto :eof
set "APP=%FOLDER%\app\fiches-metiers.jar"
if exist "%FOLDER%\fiches-metiers.aot" (
    set "CACHE_OPTS=-XX:AOTCache=%FOLDER%\fiches-metiers.aot -Xlog:aot=off -Xlog:cds=off"
    goto :eof
)
call :command %*
set "WORKS="
for %%C in (run import brochures booklet compare site validate) do if /i "%COMMAND%"=="%%C" set "WORKS=1"
if not defined WORKS goto :eof
rem One recording at a time: a second launch meanwhile runs without.
mkdir "%FOLDER%\recording" >nul 2>&1 || goto :eof
set "RECORDING=%FOLDER%\recording"
set "CACHE_OPTS=-XX:AOTMode=record -XX:AOTConfiguration=%RECORDING%\fiches-metiers.aotconf -Xlog:aot=off -Xlog:cds=off"
goto :eof

rem :extract - the jar into a new folder of the cache; the folders of other builds removed.
:extract
if not exist "%CACHE_ROOT%" mkdir "%CACHE_ROOT%" >nul 2>&1
for /d %%D in ("%CACHE_ROOT%\*") do rd /s /q "%%~D" >nul 2>&1
"%JAVA%" -Djarmode=tools -jar "%JAR%" extract --destination "%FOLDER%\app" >nul 2>&1
rem The extracted jar is named after the jar given (FICHES_JAR may name it otherwise): one name here.
for %%J in ("%JAR%") do if /i not "%%~nxJ"=="fiches-metiers.jar" if exist "%FOLDER%\app\%%~nxJ" move /y "%FOLDER%\app\%%~nxJ" "%FOLDER%\app\fiches-metiers.jar" >nul 2>&1
goto :eof

rem :writecache - the AOT cache from what the run recorded.
:writecache
if not exist "%RECORDING%\fiches-metiers.aotconf" goto :eof
"%JAVA%" %FICHES_JAVA_OPTS% -XX:AOTMode=create -XX:AOTConfiguration="%RECORDING%\fiches-metiers.aotconf" -XX:AOTCache="%RECORDING%\fiches-metiers.aot" -Xlog:aot=off -Xlog:cds=off -cp "%APP%" >nul 2>&1 && move /y "%RECORDING%\fiches-metiers.aot" "%FOLDER%\fiches-metiers.aot" >nul 2>&1
goto :eof

rem :command ARGS - the first argument that is not an option (nor --lang's value) in COMMAND.
:command
set "COMMAND="
:command_next
if "%~1"=="" goto :eof
if /i "%~1"=="--lang" (
    shift
    shift
    goto command_next
)
set "ARG=%~1"
if "%ARG:~0,1%"=="-" (
    shift
    goto command_next
)
set "COMMAND=%~1"
goto :eof


rem :consider PATH - takes it when it is a Java new enough, else notes what it is in FOUND.
:consider
if defined JAVA goto :eof
if not exist "%~1" goto :eof
set "VERSION="
set "VERSION_FILE=%TEMP%\fiches-metiers-java-%RANDOM%%RANDOM%.txt"
"%~1" -version 2>"%VERSION_FILE%" >nul
rem The line: openjdk version "21.0.2" 2024-01-16, or java version "1.8.0_402".
for /f "tokens=3" %%V in ('findstr /i /c:" version " "%VERSION_FILE%"') do if not defined VERSION set "VERSION=%%~V"
del "%VERSION_FILE%" >nul 2>&1
if not defined VERSION goto :eof
set "FEATURE="
for /f "tokens=1,2 delims=.-+_" %%A in ("%VERSION%") do if "%%A"=="1" (set "FEATURE=%%B") else (set "FEATURE=%%A")
if not defined FEATURE goto :eof
if %FEATURE% GEQ %REQUIRED% (
    set "JAVA=%~1"
    goto :eof
)
if defined FOUND (set "FOUND=%FOUND%, %~1 (Java %FEATURE%)") else (set "FOUND=%~1 (Java %FEATURE%)")
goto :eof

rem :language ARGS - "--lang en" or "--lang fr" chooses the language of this script's messages (cmd splits
rem --lang=en at the equals sign, so both spellings arrive as two arguments).
:language
if "%~1"=="" goto :eof
if /i "%~1"=="--lang" if /i "%~2"=="en" set "MSG_LANG=en"
if /i "%~1"=="--lang" if /i "%~2"=="fr" set "MSG_LANG=fr"
shift
goto language

rem :say FRENCH ENGLISH - on standard error, in the language asked, else both.
:say
if /i not "%MSG_LANG%"=="en" echo %~1 1>&2
if /i not "%MSG_LANG%"=="fr" echo %~2 1>&2
goto :eof
